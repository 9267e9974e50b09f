package com.segmint.engine.web;

import com.segmint.engine.tone.Tone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tones")
@Tag(name = "Tones", description = "The tone catalogue used by idea suggestions and drafts")
class ToneController {

  private static final List<ToneView> CATALOGUE =
      Arrays.stream(Tone.values())
          .map(tone -> new ToneView(tone.key(), tone.label(), tone.description()))
          .toList();

  @GetMapping
  @Operation(
      summary = "The tone catalogue",
      description =
          "Pass a tone's `name` as `tone`; any other text of at most 100 characters is used as"
              + " the creator's own description of their tone.")
  @ApiResponse(responseCode = "200", description = "Every catalogue tone")
  List<ToneView> list() {
    return CATALOGUE;
  }

  /** A catalogue tone as the API shows it. */
  record ToneView(String name, String label, String description) {}
}
