package com.segmint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses SEGMINT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.segmint");

  @Test
  void shouldNotReachTheWebLayerFromTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..web..")
        .allowEmptyShould(true)
        .check(SEGMINT);
  }

  @Test
  void shouldKeepRepositoriesInsideTheirModule() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .should()
        .notBePublic()
        .allowEmptyShould(true)
        .check(SEGMINT);
  }

  @Test
  void shouldUseJdbcOnlyInTheDatabaseConfiguration() {
    noClasses()
        .that()
        .resideOutsideOfPackages("com.segmint.config.database..", "com.segmint.common.schema..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.postgresql..")
        .check(SEGMINT);
  }

  @Test
  void shouldNotLetControllersTalkToTheDatabaseDirectly() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "com.segmint.common.schema..")
        .allowEmptyShould(true)
        .check(SEGMINT);
  }
}
