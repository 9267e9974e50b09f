package com.segmint.config.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.DatabaseActor;
import com.segmint.common.DatabaseActors;
import com.segmint.support.SegmintIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write the schema refuses (check, enum, foreign key, uniqueness) reaches the caller as a 4xx
 * problem naming the field, through the real jOOQ listener and the real advice, never as a 500.
 */
@SegmintIntegrationTest
@AutoConfigureMockMvc
class DatabaseErrorProblemTests {

  @Autowired MockMvc mvc;

  @Test
  void shouldAnswerABrokenCheckConstraintWith422NamingTheField() throws Exception {
    mvc.perform(post("/test/bad-writes/score-out-of-range"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-value"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.field").value("relevance_score"))
        .andExpect(jsonPath("$.constraint").value("idea_suggestion_relevance_score_check"));
  }

  @Test
  void shouldAnswerAnUnknownEnumValueWith422() throws Exception {
    mvc.perform(post("/test/bad-writes/unknown-role"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("user_role")));
  }

  @Test
  void shouldAnswerAMissingReferenceWith422NamingTheField() throws Exception {
    mvc.perform(post("/test/bad-writes/missing-author"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("/problems/missing-reference"))
        .andExpect(jsonPath("$.field").value("user_id"));
  }

  @Test
  void shouldAnswerAReferenceToAnInvisibleRowAsMissing() throws Exception {
    mvc.perform(post("/test/bad-writes/invisible-content"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("/problems/missing-reference"));
  }

  @Test
  void shouldAnswerADuplicateWith409() throws Exception {
    mvc.perform(post("/test/bad-writes/duplicate-platform"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/conflict"));
  }

  @TestConfiguration
  static class BadWrites {

    @Bean
    BadWriteController badWriteController(DSLContext db, TransactionTemplate transactions) {
      return new BadWriteController(db, transactions);
    }
  }

  @RestController
  static class BadWriteController {

    private final DSLContext db;
    private final TransactionTemplate transactions;

    BadWriteController(DSLContext db, TransactionTemplate transactions) {
      this.db = db;
      this.transactions = transactions;
    }

    @PostMapping("/test/bad-writes/{kind}")
    void write(@PathVariable String kind) {
      String statement =
          switch (kind) {
            case "score-out-of-range" ->
                "INSERT INTO segmint.idea_suggestion (content_id, suggestion, relevance_score)"
                    + " SELECT id, 'too good', 1.5 FROM segmint.content LIMIT 1";
            case "unknown-role" ->
                "INSERT INTO segmint.users (username, email, password_hash, role)"
                    + " VALUES ('x', 'x@example.com', 'h', 'superhero')";
            case "missing-author" ->
                "INSERT INTO segmint.content (user_id, title, body, tone)"
                    + " VALUES (-1, 'orphan', 'orphan', 'casual')";
            case "invisible-content" ->
                "INSERT INTO segmint.idea_suggestion (content_id, suggestion) VALUES (-1, 'orphan')";
            default ->
                "INSERT INTO segmint.platform (name, code, api_endpoint)"
                    + " VALUES ('LinkedIn', 'LinkedIn', 'https://example.com')";
          };
      DatabaseActors.runAs(
          DatabaseActor.system(),
          () ->
              transactions.executeWithoutResult(
                  status -> {
                    db.execute(
                        "INSERT INTO segmint.content (title, body, tone)"
                            + " VALUES ('t', 'b', 'casual')");
                    db.execute(DSL.sql(statement));
                  }));
    }
  }
}
