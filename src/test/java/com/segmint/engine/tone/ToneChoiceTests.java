package com.segmint.engine.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.segmint.common.InvalidRequest;
import org.junit.jupiter.api.Test;

class ToneChoiceTests {

  @Test
  void shouldFindACatalogueToneInAnyCase() {
    ToneChoice tone = ToneChoice.of("  WiTTy ", "casual", "tone");

    assertThat(tone.name()).isEqualTo("witty");
    assertThat(tone.description()).isEqualTo(Tone.WITTY.description());
    assertThat(tone.closingLine()).isEqualTo(Tone.WITTY.closingLine());
  }

  @Test
  void shouldUseTheContentsToneWhenNoneIsAsked() {
    assertThat(ToneChoice.of(" ", "Storytelling", "tone").name()).isEqualTo("storytelling");
  }

  @Test
  void shouldUseTheCreatorsOwnWordsAsTheyAre() {
    ToneChoice tone = ToneChoice.of(null, "dry, nerdy, a little sarcastic", "tone");

    assertThat(tone.name()).isEqualTo("dry, nerdy, a little sarcastic");
    assertThat(tone.description()).contains("dry, nerdy, a little sarcastic");
    assertThat(tone.closingLine()).isNull();
  }

  @Test
  void shouldRefuseAToneTooLongOrWithControlCharacters() {
    for (String bad : new String[] {"x".repeat(101), "calm\u0000", "line\nbreak"}) {
      assertThatThrownBy(() -> ToneChoice.of(bad, "casual", "tone"))
          .isInstanceOf(InvalidRequest.class)
          .extracting(e -> ((InvalidRequest) e).field())
          .isEqualTo("tone");
    }
  }

  @Test
  void shouldCleanRatherThanRefuseAToneAcceptedElsewhere() {
    assertThat(ToneChoice.lenient("x".repeat(150)).name()).hasSize(100);
    assertThat(ToneChoice.lenient("bold\u0000").name()).isEqualTo("bold");
    assertThat(ToneChoice.of(null, "calm,\nwarm\u0085", "tone").name()).isEqualTo("calm, warm");
  }
}
