package vn.xdd.audit.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.audit.application.AuditTrail;
import vn.xdd.shared.AuditEntry;

/** The {@code audit_event} table: insert and filtered reads, never update or delete. */
@Repository
public class AuditStore implements AuditTrail {

	private final JdbcClient jdbc;

	public AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String actor, AuditEntry entry, @Nullable String remoteAddress) {
		jdbc.sql("""
				insert into audit_event (actor, action, record_type, record_id, before_summary, after_summary, detail,
				                         remote_address, message_key, message_args)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(truncate(actor, 60), entry.action(), entry.recordType(), truncate(entry.recordId(), 80), entry.before(),
					entry.after(), entry.detail(), truncate(remoteAddress, 64), entry.messageKey(),
					entry.arguments().toArray(String[]::new))
			.update();
	}

	/** Lines matching the filter, newest first, older than {@code beforeId} when given (keyset paging). */
	@Override
	public List<Line> find(Filter filter, @Nullable Long beforeId, int limit, ZoneId zone) {
		StringBuilder sql = new StringBuilder("select * from audit_event where true");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and lower(actor) = lower(?)");
			params.add(filter.actor().strip());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(filter.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			sql.append(" and record_type = ?");
			params.add(filter.recordType());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			sql.append(" and action = ?");
			params.add(filter.action());
		}
		if (beforeId != null) {
			sql.append(" and id < ?");
			params.add(beforeId);
		}
		sql.append(" order by id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new Line(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("before_summary"), rs.getString("after_summary"), rs.getString("detail"),
					rs.getString("remote_address"), rs.getString("message_key"),
					List.of((String[]) rs.getArray("message_args").getArray())))
			.list();
	}

	@Override
	public List<String> recordTypes() {
		return jdbc.sql("select distinct record_type from audit_event order by 1").query(String.class).list();
	}

	@Override
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_event order by 1").query(String.class).list();
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
