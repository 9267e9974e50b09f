package com.segmint.content.authoring;

import com.segmint.common.CursorPage;
import com.segmint.common.Cursors;
import com.segmint.common.ResourceNotFound;
import com.segmint.common.VersionMismatch;
import com.segmint.content.ContentTextChanged;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reading, soft-deleting and restoring content. Every change but a restore names the
 * version it was made against; a stale one is refused, so no update is lost.
 */
@Service
public class ContentService {

  private static final String RESOURCE = "content";

  private final ContentRepository contents;
  private final ApplicationEventPublisher events;

  ContentService(ContentRepository contents, ApplicationEventPublisher events) {
    this.contents = contents;
    this.events = events;
  }

  @Transactional
  public ContentDetails create(ContentDraft draft) {
    return changed(contents.insertForCaller(draft));
  }

  @Transactional(readOnly = true)
  public ContentDetails get(int id) {
    return contents.findLive(id).orElseThrow(() -> new ResourceNotFound(RESOURCE, id));
  }

  /** The live content if the caller may change it, locked until the transaction ends. */
  @Transactional
  public ContentDetails getWritable(int id) {
    return contents.lockWritable(id).orElseThrow(() -> new ResourceNotFound(RESOURCE, id));
  }

  @Transactional
  public ContentDetails update(int id, int version, ContentDraft draft) {
    return changed(contents.update(id, version, draft).orElseThrow(() -> staleOrNotFound(id)));
  }

  @Transactional
  public void delete(int id, int version) {
    if (!contents.softDelete(id, version)) {
      throw staleOrNotFound(id);
    }
  }

  /** Takes the content out of the trash; restoring a live content changes nothing. */
  @Transactional
  public ContentDetails restore(int id) {
    return changed(
        contents
            .restore(id)
            .or(() -> contents.lockWritable(id))
            .orElseThrow(() -> new ResourceNotFound(RESOURCE, id)));
  }

  /** Appends a paragraph to a live content the caller may change, as a new version. */
  @Transactional
  public ContentDetails append(int id, String paragraph) {
    return changed(
        contents.appendToBody(id, paragraph).orElseThrow(() -> new ResourceNotFound(RESOURCE, id)));
  }

  @Transactional(readOnly = true)
  public CursorPage<ContentDetails> listOwn(boolean deleted, String cursor, Integer limit) {
    int size = Cursors.limit(limit);
    Cursors.Position position = cursor == null || cursor.isBlank() ? null : Cursors.decode(cursor);
    List<ContentDetails> rows = contents.pageOfCallers(deleted, position, size + 1);
    if (rows.size() <= size) {
      return new CursorPage<>(rows, null);
    }
    ContentDetails last = rows.get(size - 1);
    return new CursorPage<>(
        rows.subList(0, size), Cursors.encode(last.createdAt().toInstant(), last.id()));
  }

  /** Tells the engine, once this transaction commits, to embed the content's new text. */
  private ContentDetails changed(ContentDetails content) {
    events.publishEvent(new ContentTextChanged(content.id()));
    return content;
  }

  /**
   * An update that matched no row either named an old version of a row the caller may change (412)
   * or targeted a row the caller cannot change or see (404, never a hint that it exists).
   */
  private RuntimeException staleOrNotFound(int id) {
    return contents.lockWritable(id).isPresent()
        ? VersionMismatch.stale()
        : new ResourceNotFound(RESOURCE, id);
  }
}
