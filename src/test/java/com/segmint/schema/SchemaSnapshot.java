package com.segmint.schema;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the migrations define in schema {@code segmint}, as sorted lines: relations with their
 * privileges, columns, constraints, indexes, functions, triggers, policies and types.
 */
final class SchemaSnapshot {

  private static final List<String> QUERIES =
      List.of(
          "SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' rls=' || c.relrowsecurity"
              + " || ' force=' || c.relforcerowsecurity || ' acl=' || coalesce(c.relacl::text, '')"
              + " FROM pg_class c WHERE c.relnamespace = 'segmint'::regnamespace"
              + " AND c.relname NOT LIKE 'databasechangelog%'",
          "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '"
              + " || is_nullable || ' ' || coalesce(column_default, '')"
              + " FROM information_schema.columns WHERE table_schema = 'segmint'"
              + " AND table_name NOT LIKE 'databasechangelog%'",
          "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' '"
              + " || pg_get_constraintdef(oid) FROM pg_constraint"
              + " WHERE connamespace = 'segmint'::regnamespace",
          "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes"
              + " WHERE schemaname = 'segmint' AND tablename NOT LIKE 'databasechangelog%'",
          "SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))"
              + " || ' acl=' || coalesce(p.proacl::text, '') FROM pg_proc p"
              + " WHERE p.pronamespace = 'segmint'::regnamespace",
          "SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname || ' '"
              + " || pg_get_triggerdef(oid) FROM pg_trigger"
              + " WHERE NOT tgisinternal AND tgrelid IN"
              + " (SELECT oid FROM pg_class WHERE relnamespace = 'segmint'::regnamespace)",
          "SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' '"
              + " || array_to_string(roles, ',') || ' ' || coalesce(qual, '') || ' '"
              + " || coalesce(with_check, '') FROM pg_policies WHERE schemaname = 'segmint'",
          "SELECT 'type ' || t.typname || ' ' || coalesce(string_agg(e.enumlabel, ','"
              + " ORDER BY e.enumsortorder), '') FROM pg_type t"
              + " LEFT JOIN pg_enum e ON e.enumtypid = t.oid"
              + " WHERE t.typnamespace = 'segmint'::regnamespace AND t.typtype = 'e'"
              + " GROUP BY t.typname",
          "SELECT 'column-grant ' || table_name || '.' || column_name || ' ' || grantee || ' '"
              + " || privilege_type FROM information_schema.column_privileges"
              + " WHERE table_schema = 'segmint' AND grantee LIKE 'segmint_%'");

  private SchemaSnapshot() {}

  static List<String> of(DataSource database) {
    JdbcTemplate sql = new JdbcTemplate(database);
    List<String> lines = new ArrayList<>();
    for (String query : QUERIES) {
      lines.addAll(sql.queryForList(query, String.class));
    }
    lines.sort(null);
    return lines;
  }

  /** What is left in the schema besides Liquibase's own tables. */
  static List<String> objectsBesidesLiquibase(DataSource database) {
    return new JdbcTemplate(database)
        .queryForList(
            "SELECT relname FROM pg_class WHERE relnamespace = 'segmint'::regnamespace"
                + " AND relname NOT LIKE 'databasechangelog%'"
                + " UNION ALL SELECT proname FROM pg_proc"
                + " WHERE pronamespace = 'segmint'::regnamespace"
                + " UNION ALL SELECT typname FROM pg_type WHERE typnamespace = 'segmint'::regnamespace"
                + " AND typtype = 'e'",
            String.class);
  }
}
