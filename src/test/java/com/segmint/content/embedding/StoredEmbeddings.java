package com.segmint.content.embedding;

import com.segmint.common.DatabaseActor;
import com.segmint.support.Sessions;
import com.segmint.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Looks in {@code text_embedding} for a text, by its documented key: the SHA-256 of the model's
 * name, a zero byte and the stripped text (the test texts are shorter than the 1,000-character
 * cut).
 */
final class StoredEmbeddings {

  private static final String MODEL = "all-minilm-l6-v2-q";

  private StoredEmbeddings() {}

  static boolean contains(String text) {
    return Sessions.call(
            TestDatabase.get().app(),
            DatabaseActor.system(),
            sql ->
                sql.queryForObject(
                    "SELECT count(*) FROM segmint.text_embedding WHERE text_hash = ?",
                    Integer.class,
                    (Object) key(text)))
        == 1;
  }

  static boolean containAll(List<String> texts) {
    return texts.stream().allMatch(StoredEmbeddings::contains);
  }

  private static byte[] key(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(MODEL.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return digest.digest(text.strip().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
