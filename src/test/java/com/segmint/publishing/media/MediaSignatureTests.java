package com.segmint.publishing.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MediaSignatureTests {

  @Test
  void shouldRecogniseEachSupportedTypeByItsFirstBytes() {
    assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .isEqualTo("image/jpeg");
    assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
        .isEqualTo("image/png");
    assertThat(detect(ascii("GIF89a"))).isEqualTo("image/gif");
    assertThat(detect(ascii("RIFF\u0000\u0001\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
    assertThat(detect(ascii("\u0000\u0000\u0000\u0018ftypisom"))).isEqualTo("video/mp4");
    assertThat(detect(ascii("\u0000\u0000\u0000\u0014ftypqt  "))).isEqualTo("video/quicktime");
    assertThat(detect(ascii("\u0000\u0000\u0000\u0008wide"))).isEqualTo("video/quicktime");
  }

  @Test
  void shouldRecogniseNothingInTextOrLookalikes() {
    assertThat(detect(ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"))).isNull();
    assertThat(detect(ascii("RIFF\u0000\u0001\u0000\u0000WAVEfmt "))).isNull();
    assertThat(detect(ascii("GIF90a"))).isNull();
    assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N'})).isNull();
    assertThat(detect(new byte[0])).isNull();
  }

  private static String detect(byte[] start) {
    byte[] header = Arrays.copyOf(start, Math.max(start.length, MediaSignature.HEADER_BYTES));
    if (start.length < 4) {
      header = start;
    }
    return MediaSignature.detect(header).map(MediaSignature::mimeType).orElse(null);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
