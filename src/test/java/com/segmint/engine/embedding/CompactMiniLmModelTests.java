package com.segmint.engine.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact session is a memory setting, not another model: every vector it gives is the one
 * langchain4j's stock session gives for the same text, so stored embeddings stay comparable.
 */
class CompactMiniLmModelTests {

  private static final List<String> TEXTS =
      List.of(
          "Hiring our first platform engineer: what we learned",
          "Kubernetes costs, week 12 — 数据 and emoji 🚀",
          "a");

  @Test
  void shouldGiveTheSameVectorsAsTheStockModel() {
    CompactMiniLmModel model = CompactMiniLmModel.load();
    List<float[]> compact = vectors(model);
    List<float[]> stock = vectors(new AllMiniLmL6V2QuantizedEmbeddingModel());

    assertThat(compact).hasSameSizeAs(stock);
    for (int i = 0; i < stock.size(); i++) {
      assertThat(compact.get(i)).containsExactly(stock.get(i), within(1e-5f));
    }
    assertThat(model.dimension()).isEqualTo(384);
  }

  private static List<float[]> vectors(EmbeddingModel model) {
    List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
  }
}
