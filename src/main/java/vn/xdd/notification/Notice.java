package vn.xdd.notification;

/**
 * One notice of the notification centre.
 *
 * @param text what happened, in Vietnamese, naming the record (e.g. Nhiệm vụ 'Nâng cao chất
 *     lượng sinh hoạt chi bộ' của Kế hoạch số 42a-KH/HU đã bị trả lại: thiếu minh chứng)
 * @param link the page of the record, relative to the application (e.g. /plans/12#task-40)
 * @param key what the notice is about, to send a deadline notice once (e.g. plan-task:40);
 *     notices with the same addressee, kind and key are not repeated on the same day
 */
public record Notice(Addressee to, NoticeKind kind, String text, String link, String key) {
}
