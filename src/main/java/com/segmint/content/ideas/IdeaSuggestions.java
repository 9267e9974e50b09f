package com.segmint.content.ideas;

import com.segmint.common.Conflict;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.schema.enums.IdeaStatus;
import com.segmint.common.schema.tables.records.IdeaSuggestionRecord;
import com.segmint.content.authoring.ContentDetails;
import com.segmint.content.authoring.ContentDraft;
import com.segmint.content.authoring.ContentService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A content's idea suggestions and their one decision each: accept (as a new draft, or appended to
 * the content) or dismiss. Only the content's owner decides; a decided idea stays decided.
 */
@Service
public class IdeaSuggestions {

  private final IdeaSuggestionRepository ideas;
  private final ContentService contents;

  IdeaSuggestions(IdeaSuggestionRepository ideas, ContentService contents) {
    this.ideas = ideas;
    this.contents = contents;
  }

  @Transactional(readOnly = true)
  public List<IdeaSuggestionDetails> bestFirst(int contentId) {
    contents.get(contentId);
    return ideas.bestFirst(contentId);
  }

  /** Starts a new content from the idea, in the tone of the content it was suggested for. */
  @Transactional
  public ContentDetails acceptAsNewDraft(int contentId, int ideaId) {
    ContentDetails source = contents.get(contentId);
    IdeaSuggestionRecord idea = undecided(contentId, ideaId);
    ideas.decide(ideaId, IdeaStatus.accepted);
    return contents.create(
        new ContentDraft(
            DraftTitles.fromFirstWords(idea.getSuggestion(), ideaId),
            idea.getSuggestion(),
            source.tone()));
  }

  /** Appends the idea to the content's body, as a new version of it. */
  @Transactional
  public ContentDetails acceptIntoContent(int contentId, int ideaId) {
    contents.get(contentId);
    IdeaSuggestionRecord idea = undecided(contentId, ideaId);
    ideas.decide(ideaId, IdeaStatus.accepted);
    return contents.append(contentId, idea.getSuggestion());
  }

  @Transactional
  public IdeaSuggestionDetails dismiss(int contentId, int ideaId) {
    contents.get(contentId);
    undecided(contentId, ideaId);
    return ideas.decide(ideaId, IdeaStatus.dismissed);
  }

  private IdeaSuggestionRecord undecided(int contentId, int ideaId) {
    IdeaSuggestionRecord idea =
        ideas
            .lockWritable(contentId, ideaId)
            .orElseThrow(() -> new ResourceNotFound("idea suggestion", ideaId));
    if (idea.getStatus() != IdeaStatus.new_) {
      throw new Conflict(
          "idea suggestion %d is already %s".formatted(ideaId, idea.getStatus().getLiteral()));
    }
    return idea;
  }
}
