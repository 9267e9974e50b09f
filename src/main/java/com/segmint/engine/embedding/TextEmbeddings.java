package com.segmint.engine.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.segmint.common.Sha256;
import com.segmint.engine.EmbeddingStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Unit-length sentence vectors, each text embedded once: looked up by the SHA-256 of the model and
 * the text in memory, then in {@code text_embedding}, and only then computed (and stored, in the
 * caller's transaction when there is one). Texts are cut to their first {@value #MAX_CHARS}
 * characters, about the 256 word pieces the model reads anyway. The metric {@value #COMPUTED}
 * counts the texts the model embedded.
 */
@Service
public class TextEmbeddings implements EmbeddingStore {

  static final int MAX_CHARS = 1_000;
  static final int DIMENSIONS = 384;
  static final String COMPUTED = "segmint.embeddings.computed";
  private static final int CACHED_VECTORS = 20_000;

  private final MiniLmEmbedder model;
  private final EmbeddingRepository stored;
  private final Counter computed;
  private final Cache<String, float[]> cache =
      Caffeine.newBuilder().maximumSize(CACHED_VECTORS).build();

  TextEmbeddings(MiniLmEmbedder model, EmbeddingRepository stored, MeterRegistry meters) {
    this.model = model;
    this.stored = stored;
    this.computed =
        Counter.builder(COMPUTED)
            .description("Texts embedded by the model: found neither in memory nor stored")
            .register(meters);
  }

  /** One vector per text, in order; an empty text has the zero vector. */
  public List<float[]> of(List<String> texts) {
    return resolve(texts).vectors();
  }

  public float[] of(String text) {
    return of(List.of(text)).get(0);
  }

  @Override
  public int storeMissing(List<String> texts) {
    return resolve(texts).computed();
  }

  /** How many texts the model has embedded since start. */
  public long computedCount() {
    return (long) computed.count();
  }

  private Resolved resolve(List<String> texts) {
    Map<String, float[]> vectors = new HashMap<>();
    Map<String, String> missing = new LinkedHashMap<>();
    List<String> hashes = new ArrayList<>(texts.size());
    for (String text : texts) {
      String cut = cut(text);
      String hash = hash(cut);
      hashes.add(hash);
      float[] cached = cut.isEmpty() ? new float[DIMENSIONS] : cache.getIfPresent(hash);
      if (cached != null) {
        vectors.put(hash, cached);
      } else {
        missing.put(hash, cut);
      }
    }
    int computedNow = missing.isEmpty() ? 0 : load(missing, vectors);
    return new Resolved(hashes.stream().map(vectors::get).toList(), computedNow);
  }

  /** Puts the vectors of these texts into {@code vectors}; the number the model computed. */
  private int load(Map<String, String> textByHash, Map<String, float[]> vectors) {
    Map<String, float[]> found = stored.find(textByHash.keySet());
    cache.putAll(found);
    vectors.putAll(found);
    List<String> missing = textByHash.keySet().stream().filter(h -> !found.containsKey(h)).toList();
    if (missing.isEmpty()) {
      return 0;
    }
    List<float[]> embedded = model.embed(missing.stream().map(textByHash::get).toList());
    computed.increment(missing.size());
    TreeMap<String, float[]> fresh = new TreeMap<>();
    for (int i = 0; i < missing.size(); i++) {
      fresh.put(missing.get(i), normalized(embedded.get(i)));
    }
    stored.save(fresh, MiniLmEmbedder.MODEL);
    cache.putAll(fresh);
    vectors.putAll(fresh);
    return missing.size();
  }

  private static String cut(String text) {
    String stripped = text.strip();
    if (stripped.length() <= MAX_CHARS) {
      return stripped;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
      end--;
    }
    return stripped.substring(0, end);
  }

  private static String hash(String text) {
    MessageDigest digest = Sha256.newDigest();
    digest.update(MiniLmEmbedder.MODEL.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static float[] normalized(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }

  private record Resolved(List<float[]> vectors, int computed) {}
}
