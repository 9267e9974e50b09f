package com.segmint.engine.ideas;

import com.segmint.engine.ContentAtHand;
import com.segmint.engine.CreatorProfile;
import com.segmint.engine.embedding.TextEmbeddings;
import com.segmint.engine.relevance.CreatorVectors;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Embeds a creator's profile in one batch: the content, then positives, dismissed, published. */
@Component
class ProfileEmbedder {

  private final TextEmbeddings embeddings;

  ProfileEmbedder(TextEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  CreatorVectors embed(ContentAtHand content, CreatorProfile profile) {
    List<String> texts = new ArrayList<>();
    texts.add(content.text());
    texts.addAll(profile.ownContent());
    texts.addAll(profile.accepted());
    texts.addAll(profile.dismissed());
    texts.addAll(profile.published());
    List<float[]> vectors = embeddings.of(texts);
    int positives = 1 + profile.ownContent().size() + profile.accepted().size();
    int dismissed = positives + profile.dismissed().size();
    return new CreatorVectors(
        vectors.get(0),
        vectors.subList(1, positives),
        vectors.subList(positives, dismissed),
        vectors.subList(dismissed, vectors.size()));
  }
}
