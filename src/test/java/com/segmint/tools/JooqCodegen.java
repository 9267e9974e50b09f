package com.segmint.tools;

import com.segmint.config.database.DatabaseEndpoint;
import com.segmint.support.Migrations;
import com.segmint.support.TestDatabase;
import java.nio.file.Path;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the real migrations: starts an embedded PostgreSQL, applies the
 * changelog and reads the resulting schema. Run with {@code mvn test-compile exec:java}.
 */
public final class JooqCodegen {

  public static final String PACKAGE = "com.segmint.common.schema";

  private JooqCodegen() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args.length > 0 ? args[0] : "src/main/jooq");
    generate(TestDatabase.migrated().endpoint(), directory);
    System.exit(0);
  }

  public static void generate(DatabaseEndpoint endpoint, Path directory) throws Exception {
    GenerationTool.generate(
        new Configuration()
            .withJdbc(
                new Jdbc()
                    .withDriver("org.postgresql.Driver")
                    .withUrl(endpoint.url())
                    .withUser(endpoint.ownerUser())
                    .withPassword(endpoint.ownerPassword()))
            .withGenerator(
                new Generator()
                    .withDatabase(
                        new Database()
                            .withName("org.jooq.meta.postgres.PostgresDatabase")
                            .withInputSchema(Migrations.SCHEMA)
                            .withExcludes(
                                "databasechangelog|databasechangeloglock"
                                    + "|platform_post_y\\d{4}m\\d{2}|platform_post_default"))
                    .withGenerate(
                        new Generate()
                            .withGeneratedAnnotation(false)
                            .withRecords(true)
                            .withPojos(false)
                            .withJavaTimeTypes(true)
                            .withComments(false))
                    .withTarget(
                        new Target()
                            .withPackageName(PACKAGE)
                            .withDirectory(directory.toAbsolutePath().toString())
                            .withClean(true))));
  }
}
