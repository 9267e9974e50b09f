package com.segmint.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What PostgreSQL plans for a query: the {@code EXPLAIN (FORMAT JSON)} nodes, flattened. */
public final class QueryPlans {

  private static final Pattern FIELD =
      Pattern.compile("\"(Node Type|Index Name|Relation Name)\": \"([^\"]+)\"");

  private QueryPlans() {}

  /** The plan as "Node Type", "Index Name" and "Relation Name" values, in plan order. */
  public static List<String> explain(DataSource database, String query, Object... arguments) {
    String plan =
        new JdbcTemplate(database)
            .queryForObject("EXPLAIN (FORMAT JSON) " + query, String.class, arguments);
    List<String> nodes = new ArrayList<>();
    Matcher matcher = FIELD.matcher(plan);
    while (matcher.find()) {
      nodes.add(matcher.group(1) + "=" + matcher.group(2));
    }
    return nodes;
  }
}
