package com.segmint.engine.drafts;

import com.segmint.common.schema.enums.SocialPlatform;
import com.segmint.engine.PlatformDraft;
import com.segmint.publishing.PlatformTexts;
import com.segmint.publishing.PostText;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a draft from being scheduled, by publishing's own {@link PlatformTexts} checks (media
 * aside: it is attached when scheduling); empty when the draft is valid.
 */
final class DraftValidity {

  private static final PlatformTexts TEXTS = new PlatformTexts();

  private DraftValidity() {}

  static List<String> problems(PlatformDraft draft) {
    SocialPlatform platform = SocialPlatform.lookupLiteral(draft.platform());
    List<String> problems = new ArrayList<>();
    if (draft.posts().isEmpty()) {
      problems.add("no post");
    }
    for (String post : draft.posts()) {
      TEXTS.check(platform, new PostText(draft.title(), post, 0, 0)).stream()
          .filter(violation -> !violation.field().equals("media"))
          .forEach(violation -> problems.add(violation.message()));
    }
    boolean linkedIn = platform == SocialPlatform.LinkedIn;
    if (linkedIn
        && !TEXTS.linkedInCommentary(draft.posts().get(0)).equals(draft.linkedInCommentary())) {
      problems.add("LinkedIn commentary is not the escaped post");
    }
    if (!linkedIn && draft.linkedInCommentary() != null) {
      problems.add("commentary outside LinkedIn");
    }
    return problems;
  }
}
