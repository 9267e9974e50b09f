package com.segmint.engine.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * caller's transaction). Texts are cut to their first {@value #MAX_CHARS} characters, about the 256
 * word pieces the model reads anyway.
 */
@Service
public class TextEmbeddings {

  static final int MAX_CHARS = 1_000;
  static final int DIMENSIONS = 384;
  private static final int CACHED_VECTORS = 20_000;

  private final MiniLmEmbedder model;
  private final EmbeddingRepository stored;
  private final Cache<String, float[]> cache =
      Caffeine.newBuilder().maximumSize(CACHED_VECTORS).build();

  TextEmbeddings(MiniLmEmbedder model, EmbeddingRepository stored) {
    this.model = model;
    this.stored = stored;
  }

  /** One vector per text, in order; an empty text has the zero vector. */
  public List<float[]> of(List<String> texts) {
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
    if (!missing.isEmpty()) {
      vectors.putAll(load(missing));
    }
    return hashes.stream().map(vectors::get).toList();
  }

  public float[] of(String text) {
    return of(List.of(text)).get(0);
  }

  private Map<String, float[]> load(Map<String, String> textByHash) {
    Map<String, float[]> found = stored.find(textByHash.keySet());
    cache.putAll(found);
    List<String> missing = textByHash.keySet().stream().filter(h -> !found.containsKey(h)).toList();
    if (missing.isEmpty()) {
      return found;
    }
    List<float[]> vectors = model.embed(missing.stream().map(textByHash::get).toList());
    TreeMap<String, float[]> computed = new TreeMap<>();
    for (int i = 0; i < missing.size(); i++) {
      computed.put(missing.get(i), normalized(vectors.get(i)));
    }
    stored.save(computed, MiniLmEmbedder.MODEL);
    cache.putAll(computed);
    computed.putAll(found);
    return computed;
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
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(MiniLmEmbedder.MODEL.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
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
}
