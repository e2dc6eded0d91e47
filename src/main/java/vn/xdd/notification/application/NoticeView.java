package vn.xdd.notification.application;

import java.time.Instant;

import vn.xdd.notification.NoticeKind;

/**
 * A notice as its reader sees it: its text rendered in the reader's language, whether they read it.
 *
 * @param link the page of the record, relative to the application
 */
public record NoticeView(long id, NoticeKind kind, String text, String link, Instant createdAt, boolean read) {
}
