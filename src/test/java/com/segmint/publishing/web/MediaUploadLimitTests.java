package com.segmint.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.common.AccessTokenIssuer;
import com.segmint.support.Fixtures;
import com.segmint.support.TestDatabase;
import com.segmint.support.TestDatabaseInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The servlet container's multipart limit, which MockMvc never reaches: over it, a real request
 * gets a 413 problem, not a 500. Its own small context, so the limit is small too.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "segmint.http.max-upload-size=64KB")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class MediaUploadLimitTests {

  private static final String BOUNDARY = "segmint-boundary";

  @LocalServerPort int port;
  @Autowired AccessTokenIssuer issuer;

  @Test
  void shouldAnswerAnUploadOverTheMultipartLimitWith413Problem() throws Exception {
    int creator = new Fixtures(TestDatabase.get().app()).user("creator");
    byte[] body = multipart(MediaApiTests.png(100 * 1024));

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/media"))
                    .header("Authorization", "Bearer " + issuer.issue(creator, "creator").token())
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":413");
  }

  private static byte[] multipart(byte[] file) {
    byte[] head =
        String.join(
                "\r\n",
                List.of(
                    "--" + BOUNDARY,
                    "Content-Disposition: form-data; name=\"file\"; filename=\"big.png\"",
                    "Content-Type: image/png",
                    "",
                    ""))
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(file, 0, body, head.length, file.length);
    System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
    return body;
  }
}
