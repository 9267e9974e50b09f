package com.segmint.engine.embedding;

import static com.segmint.common.schema.Tables.TEXT_EMBEDDING;

import com.segmint.common.schema.tables.records.TextEmbeddingRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.springframework.stereotype.Repository;

/** Stored embeddings by text hash: written once, shared by every instance and every restart. */
@Repository
class EmbeddingRepository {

  private static final HexFormat HEX = HexFormat.of();

  private final DSLContext db;

  EmbeddingRepository(DSLContext db) {
    this.db = db;
  }

  /** The stored vectors of these hashes (hex), by hash; missing ones are absent. */
  Map<String, float[]> find(Collection<String> hashes) {
    Map<String, float[]> found = new HashMap<>();
    db.select(TEXT_EMBEDDING.TEXT_HASH, TEXT_EMBEDDING.VECTOR)
        .from(TEXT_EMBEDDING)
        .where(TEXT_EMBEDDING.TEXT_HASH.in(hashes.stream().map(HEX::parseHex).toList()))
        .forEach(row -> found.put(HEX.formatHex(row.value1()), unboxed(row.value2())));
    return found;
  }

  /** Stores new vectors in hash order, so concurrent writers of the same texts never deadlock. */
  void save(SortedMap<String, float[]> vectors, String model) {
    InsertValuesStep3<TextEmbeddingRecord, byte[], String, Float[]> insert =
        db.insertInto(
            TEXT_EMBEDDING, TEXT_EMBEDDING.TEXT_HASH, TEXT_EMBEDDING.MODEL, TEXT_EMBEDDING.VECTOR);
    vectors.forEach((hash, vector) -> insert.values(HEX.parseHex(hash), model, boxed(vector)));
    insert.onConflictDoNothing().execute();
  }

  private static float[] unboxed(Float[] values) {
    float[] vector = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      vector[i] = values[i];
    }
    return vector;
  }

  private static Float[] boxed(float[] values) {
    Float[] vector = new Float[values.length];
    for (int i = 0; i < values.length; i++) {
      vector[i] = values[i];
    }
    return vector;
  }
}
