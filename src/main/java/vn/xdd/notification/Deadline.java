package vn.xdd.notification;

import java.time.LocalDate;

/**
 * Work with a deadline that is not done yet, as a module reports it to the daily job.
 *
 * @param key what the work is (e.g. shortcoming:17, plan-task:40), stable across days
 * @param title how notices name the work, in Vietnamese
 * @param link the page of the work
 */
public record Deadline(String key, String title, LocalDate dueOn, Addressee to, String link) {
}
