package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.segmint.common.AccessTokenIssuer;
import com.segmint.common.DatabaseActor;
import com.segmint.support.Fixtures;
import com.segmint.support.SegmintIntegrationTest;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SegmintIntegrationTest
@AutoConfigureMockMvc
class MediaApiTests {

  static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Autowired MockMvc mvc;
  @Autowired AccessTokenIssuer issuer;

  private final Fixtures fixtures = new Fixtures(TestDatabase.get().app());
  private int creator;

  @BeforeEach
  void createCreator() {
    creator = fixtures.user("creator");
  }

  @Test
  void shouldDetectAPngNamedLikeAVideoAsAPng() throws Exception {
    upload(new MockMultipartFile("file", "clip.mp4", "video/mp4", png(2_000)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("image"))
        .andExpect(jsonPath("$.mimeType").value("image/png"))
        .andExpect(jsonPath("$.sizeBytes").value(2_000));
  }

  @Test
  void shouldRefuseATextFileNamedLikeAnImage() throws Exception {
    byte[] text = "just some words, not a picture".getBytes(StandardCharsets.UTF_8);

    upload(new MockMultipartFile("file", "cat.jpg", "image/jpeg", text))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("content")));
    assertThat(mediaOfCreator()).isZero();
  }

  @Test
  void shouldRefuseAnImageOverItsLimitWith413() throws Exception {
    upload(new MockMultipartFile("file", "big.png", "image/png", png(8 * 1024 * 1024 + 1)))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("file"));
    assertThat(mediaOfCreator()).isZero();
  }

  @Test
  void shouldServeTheUploadedBytesToAnyoneWithTheDetectedType() throws Exception {
    byte[] uploaded = png(50_000);
    String created =
        upload(new MockMultipartFile("file", "photo.txt", "text/plain", uploaded))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(created, "$.id");
    assertThat(JsonPath.<String>read(created, "$.url")).endsWith("/media/" + id);
    assertThat(JsonPath.<String>read(created, "$.sha256"))
        .isEqualTo(HexFormat.of().formatHex(sha256(uploaded)));

    byte[] served =
        mvc.perform(get("/media/" + id))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "image/png"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(served).isEqualTo(uploaded);
  }

  @Test
  void shouldAnswer404ForMediaThatIsNotThere() throws Exception {
    mvc.perform(get("/media/" + UUID.randomUUID()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/media/not-a-uuid")).andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseAnUploadWithoutAFilePart() throws Exception {
    mvc.perform(
            multipart("/api/v1/media")
                .file(new MockMultipartFile("image", "a.png", "image/png", png(100)))
                .header("Authorization", bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    assertThat(mediaOfCreator()).isZero();
  }

  @Test
  void shouldShowMediaRowsToTheirOwnerOnly() {
    UUID mine = fixtures.media(creator, "image");
    int stranger = fixtures.user("creator");

    assertThat(visibleTo(creator, mine)).isOne();
    assertThat(visibleTo(stranger, mine)).isZero();
  }

  static byte[] png(int size) {
    byte[] bytes = new byte[size];
    ThreadLocalRandom.current().nextBytes(bytes);
    System.arraycopy(PNG_MAGIC, 0, bytes, 0, PNG_MAGIC.length);
    return bytes;
  }

  private ResultActions upload(MockMultipartFile file) throws Exception {
    return mvc.perform(multipart("/api/v1/media").file(file).header("Authorization", bearer()));
  }

  private String bearer() {
    return "Bearer " + issuer.issue(creator, "creator").token();
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static int visibleTo(int user, UUID media) {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.user(user, "creator"),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.media WHERE id = ?", Integer.class, media));
  }

  private int mediaOfCreator() {
    return Sessions.call(
        TestDatabase.get().app(),
        DatabaseActor.system(),
        sql ->
            sql.queryForObject(
                "SELECT count(*) FROM segmint.media WHERE owner_id = ?", Integer.class, creator));
  }
}
