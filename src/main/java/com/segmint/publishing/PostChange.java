package com.segmint.publishing;

import java.time.OffsetDateTime;

/**
 * What a reschedule changes of a draft or scheduled post; a null part stays as it is. {@code
 * thread} asks for an X text too long for one post to be split into a numbered thread; {@code
 * status} is {@code draft} or {@code scheduled}.
 */
public record PostChange(OffsetDateTime scheduledTime, String text, Boolean thread, String status) {

  public boolean isEmpty() {
    return scheduledTime == null && text == null && thread == null && status == null;
  }
}
