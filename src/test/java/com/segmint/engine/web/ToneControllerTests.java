package com.segmint.engine.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class ToneControllerTests {

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  @Test
  void shouldListTheEightCatalogueTonesWithTheirDescriptions() throws Exception {
    int creator = new Fixtures(TestDatabase.get().app()).user("creator");

    mvc.perform(
            get("/api/v1/tones")
                .header(
                    HttpHeaders.AUTHORIZATION,
                    "Bearer " + issuer.issue(creator, "creator").token()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(8)))
        .andExpect(jsonPath("$[0].name").value("professional"))
        .andExpect(jsonPath("$[6].name").value("bold"))
        .andExpect(jsonPath("$[6].label").value("Bold / contrarian"))
        .andExpect(jsonPath("$[7].description").isNotEmpty());
  }
}
