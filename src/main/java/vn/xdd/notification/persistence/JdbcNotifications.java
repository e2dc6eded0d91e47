package vn.xdd.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Notice;
import vn.xdd.notification.NoticeKind;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/**
 * The {@code notification} and {@code notification_read} tables. A reader sees the notices
 * addressed to them and those addressed to a role in a unit they hold exactly that grant on.
 */
@Repository
public class JdbcNotifications {

	private static final String VISIBLE = "(n.user_id = :user or n.role || ':' || n.unit_id = any(:grants))";

	private static final String COLUMNS = "n.id, n.user_id, n.role, n.unit_id, n.kind, n.text, n.message_key, n.message_args, n.link, n.key, n.created_at, "
			+ "exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user) as read";

	private final JdbcClient jdbc;

	public JdbcNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who reads: the account and its grants, as {@code ROLE:unitId}. */
	public record Reader(UserId user, List<String> grants) {

		public static String grant(Role role, OrgUnitId unit) {
			return role.name() + ":" + unit.value();
		}
	}

	/**
	 * A stored notice as one reader sees it: described by a message key and its arguments, or (when
	 * written before notices had keys) by its text in Vietnamese.
	 */
	public record NoticeRow(long id, Addressee to, NoticeKind kind, @Nullable String text, @Nullable String messageKey,
			List<String> arguments, String link, String key, Instant createdAt, boolean read) {

		public NoticeRow {
			arguments = List.copyOf(arguments);
		}

		/** The same notice, read. */
		public NoticeRow asRead() {
			return new NoticeRow(id, to, kind, text, messageKey, arguments, link, key, createdAt, true);
		}
	}

	/** Stores the notice unless the same one was stored on {@code day}; the new id, or empty. */
	public Optional<Long> insertOncePerDay(Notice notice, LocalDate day) {
		Addressee to = notice.to();
		return jdbc.sql("""
				insert into notification (user_id, role, unit_id, kind, message_key, message_args, link, key, day)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				returning id""")
			.params(to.user() == null ? null : to.user().value(), to.role() == null ? null : to.role().name(),
					to.unit() == null ? null : to.unit().value(), notice.kind().name(), notice.messageKey(),
					notice.arguments().toArray(String[]::new), notice.link(),
					notice.key(), day)
			.query(Long.class)
			.optional();
	}

	public List<NoticeRow> visibleTo(Reader reader, int limit) {
		return jdbc.sql("select " + COLUMNS + " from notification n where " + VISIBLE
				+ " order by n.created_at desc, n.id desc limit :limit")
			.param("user", reader.user().value())
			.param("grants", grants(reader))
			.param("limit", limit)
			.query(JdbcNotifications::map)
			.list();
	}

	public Optional<NoticeRow> findVisible(Reader reader, long id) {
		return jdbc.sql("select " + COLUMNS + " from notification n where n.id = :id and " + VISIBLE)
			.param("id", id)
			.param("user", reader.user().value())
			.param("grants", grants(reader))
			.query(JdbcNotifications::map)
			.optional();
	}

	public long countUnread(Reader reader) {
		return jdbc.sql("select count(*) from notification n where " + VISIBLE
				+ " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user)")
			.param("user", reader.user().value())
			.param("grants", grants(reader))
			.query(Long.class)
			.single();
	}

	public void markRead(UserId user, long id) {
		jdbc.sql("insert into notification_read (notification_id, user_id) values (?, ?) on conflict do nothing")
			.params(id, user.value())
			.update();
	}

	/** Marks every notice the reader sees as read; how many were unread. */
	public int markAllRead(Reader reader) {
		return jdbc.sql("insert into notification_read (notification_id, user_id) select n.id, :user from notification n where "
				+ VISIBLE + " on conflict do nothing")
			.param("user", reader.user().value())
			.param("grants", grants(reader))
			.update();
	}

	/** The notice as stored, whoever reads it (for e-mail after the commit). */
	public Optional<NoticeRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from notification n where n.id = :id")
			.param("id", id)
			.param("user", 0L)
			.query(JdbcNotifications::map)
			.optional();
	}

	private static String[] grants(Reader reader) {
		return reader.grants().toArray(String[]::new);
	}

	private static NoticeRow map(ResultSet rs, int row) throws SQLException {
		long user = rs.getLong("user_id");
		Addressee to = rs.wasNull() ? Addressee.role(Role.valueOf(rs.getString("role")), new OrgUnitId(rs.getLong("unit_id")))
				: Addressee.user(new UserId(user));
		return new NoticeRow(rs.getLong("id"), to, NoticeKind.valueOf(rs.getString("kind")), rs.getString("text"),
				rs.getString("message_key"), List.of((String[]) rs.getArray("message_args").getArray()), rs.getString("link"),
				rs.getString("key"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
	}
}
