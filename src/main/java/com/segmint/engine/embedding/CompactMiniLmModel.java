package com.segmint.engine.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The same quantized all-MiniLM-L6-v2 model and tokenizer as langchain4j's {@code
 * AllMiniLmL6V2QuantizedEmbeddingModel}, read from its jar, in an ONNX session set up for a small,
 * quiet footprint beside a web service: no CPU arena and no memory patterns (buffers are freed
 * after each run instead of kept for the largest input seen), one sequential, non-spinning thread
 * per run (the callers already run texts in parallel, and spinning threads take CPU from requests).
 */
final class CompactMiniLmModel extends AbstractInProcessEmbeddingModel {

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  private final OnnxBertBiEncoder encoder;

  private CompactMiniLmModel(OnnxBertBiEncoder encoder) {
    super(null);
    this.encoder = encoder;
  }

  static CompactMiniLmModel load() {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (InputStream model = resource(MODEL_FILE);
        InputStream tokenizer = resource(TOKENIZER_FILE);
        OrtSession.SessionOptions options = compactOptions()) {
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new CompactMiniLmModel(
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("The ONNX runtime refused the " + MODEL_FILE + " model", e);
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSION;
  }

  private static OrtSession.SessionOptions compactOptions() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setCPUArenaAllocator(false);
    options.setMemoryPatternOptimization(false);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    options.addConfigEntry("session.inter_op.allow_spinning", "0");
    return options;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream stream = CompactMiniLmModel.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return stream;
  }
}
