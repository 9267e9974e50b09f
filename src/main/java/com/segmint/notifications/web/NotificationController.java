package com.segmint.notifications.web;

import com.segmint.common.CursorPage;
import com.segmint.notifications.feed.Notification;
import com.segmint.notifications.feed.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "What happened to my work, newest first")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  @Operation(summary = "My notifications, newest first, a page at a time")
  @ApiResponse(responseCode = "200", description = "A page; nextCursor is null on the last")
  @ApiResponse(
      responseCode = "400",
      description = "Bad cursor or limit",
      content = @Content(mediaType = "application/problem+json"))
  CursorPage<Notification> list(
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) Integer limit) {
    return notifications.list(cursor, limit);
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Mark one of my notifications read (again is harmless)")
  @ApiResponse(responseCode = "200", description = "The notification, read")
  @ApiResponse(
      responseCode = "400",
      description = "The id is not a number",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(
      responseCode = "404",
      description = "Not found, or not mine",
      content = @Content(mediaType = "application/problem+json"))
  Notification markRead(@PathVariable long id) {
    return notifications.markRead(id);
  }
}
