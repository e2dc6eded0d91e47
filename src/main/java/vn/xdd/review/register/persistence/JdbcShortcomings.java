package vn.xdd.review.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.review.HolderKind;
import vn.xdd.review.RemediationShare;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.EvidenceRow;
import vn.xdd.review.register.domain.ShortcomingEventRow;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.domain.TagRow;
import vn.xdd.shared.VersionConflictException;

/** The register's tables: shortcoming, its tags, its history and its evidence. */
@Repository
public class JdbcShortcomings {

	private static final String COLUMNS = """
			s.id, s.source_kind, s.source_ref, s.campaign_id, s.review_id, s.holder_kind, s.holder_unit_id,
			s.holder_member_id, s.recorded_unit_id, s.text, s.cause, s.responsibility, s.remedy, s.deadline,
			s.answerable, s.status, s.status_since, s.verified_at, s.recorded_by, s.recorded_at, s.version,
			coalesce((select string_agg(l.tag_code, ',' order by l.tag_code) from shortcoming_tag_link l
			          where l.shortcoming_id = s.id), '') as tags""";

	private static final String UNRESOLVED = "s.status not in ('VERIFIED', 'CLOSED')";

	private final JdbcClient jdbc;

	public JdbcShortcomings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new item's columns. */
	public record Insert(String sourceKind, @Nullable String sourceRef, @Nullable Long campaignId,
			@Nullable Long reviewId, HolderKind holderKind, long holderUnitId, @Nullable Long holderMemberId,
			long recordedUnitId, String text, @Nullable String cause, @Nullable String responsibility, String remedy,
			@Nullable LocalDate deadline, @Nullable String answerable, String recordedBy) {
	}

	public long insert(Insert i, List<String> tags) {
		long id = jdbc.sql("""
				insert into shortcoming (source_kind, source_ref, campaign_id, review_id, holder_kind, holder_unit_id,
				    holder_member_id, recorded_unit_id, text, cause, responsibility, remedy, deadline, answerable,
				    recorded_by)
				values (:sourceKind, :sourceRef, :campaignId, :reviewId, :holderKind, :holderUnitId, :holderMemberId,
				    :recordedUnitId, :text, :cause, :responsibility, :remedy, :deadline, :answerable, :recordedBy)
				returning id""")
			.param("sourceKind", i.sourceKind())
			.param("sourceRef", i.sourceRef())
			.param("campaignId", i.campaignId())
			.param("reviewId", i.reviewId())
			.param("holderKind", i.holderKind().name())
			.param("holderUnitId", i.holderUnitId())
			.param("holderMemberId", i.holderMemberId())
			.param("recordedUnitId", i.recordedUnitId())
			.param("text", i.text())
			.param("cause", i.cause())
			.param("responsibility", i.responsibility())
			.param("remedy", i.remedy())
			.param("deadline", i.deadline())
			.param("answerable", i.answerable())
			.param("recordedBy", i.recordedBy())
			.query(Long.class)
			.single();
		for (String tag : tags) {
			jdbc.sql("insert into shortcoming_tag_link (shortcoming_id, tag_code) values (?, ?)").params(id, tag).update();
		}
		return id;
	}

	/** The active tags among {@code codes}. */
	public List<String> existingTags(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select code from shortcoming_tag where active and code = any(?)")
			.param(codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	public Optional<ShortcomingRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.id = ?").param(id).query(JdbcShortcomings::map).optional();
	}

	/** The items the attachment is evidence of. */
	public List<ShortcomingRow> withEvidenceFile(long attachmentId) {
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.id in"
				+ " (select shortcoming_id from shortcoming_evidence where attachment_id = ?)")
			.param(attachmentId)
			.query(JdbcShortcomings::map)
			.list();
	}

	public List<ShortcomingRow> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.id = any(?) order by s.id")
			.param(ids.toArray(Long[]::new))
			.query(JdbcShortcomings::map)
			.list();
	}

	/**
	 * Moves an item to {@code to} if it still has {@code version}; throws the stale-version refusal
	 * otherwise (someone changed it since the page was opened).
	 */
	public void changeStatus(long id, int version, ShortcomingStatus to, Instant at) {
		int updated = jdbc.sql("""
				update shortcoming set status = :to, status_since = :at, version = version + 1,
				    verified_at = case when :to = 'VERIFIED' then :at when :to in ('OPEN', 'IN_PROGRESS', 'REPORTED', 'RETURNED') then null else verified_at end,
				    closed_at = case when :to = 'CLOSED' then :at else closed_at end
				where id = :id and version = :version""")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new VersionConflictException("common.staleVersion");
		}
	}

	public void recordEvent(long id, String kind, @Nullable ShortcomingStatus from, @Nullable ShortcomingStatus to,
			@Nullable String note, @Nullable Long reviewId, @Nullable Long fromUnit, @Nullable Long toUnit, String by) {
		jdbc.sql("""
				insert into shortcoming_event (shortcoming_id, kind, from_status, to_status, note, review_id,
				    from_unit_id, to_unit_id, by_user)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind, from == null ? null : from.name(), to == null ? null : to.name(), note, reviewId, fromUnit,
					toUnit, by)
			.update();
	}

	public void addEvidence(long id, String note, @Nullable Long attachmentId, String by) {
		jdbc.sql("insert into shortcoming_evidence (shortcoming_id, note, attachment_id, by_user) values (?, ?, ?, ?)")
			.params(id, note, attachmentId, by)
			.update();
	}


	public List<ShortcomingEventRow> history(long id) {
		return jdbc.sql("""
				select kind, from_status, to_status, note, review_id, from_unit_id, to_unit_id, by_user, at
				from shortcoming_event where shortcoming_id = ? order by at, id""")
			.param(id)
			.query((rs, n) -> new ShortcomingEventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Long) rs.getObject(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}


	public List<EvidenceRow> evidence(long id) {
		return jdbc.sql("select note, attachment_id, by_user, at from shortcoming_evidence where shortcoming_id = ? order by at, id")
			.param(id)
			.query((rs, n) -> new EvidenceRow(rs.getString(1), (Long) rs.getObject(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** What to list: every criterion is optional. */
	public record Filter(@Nullable Collection<Long> units, @Nullable ShortcomingStatus status, boolean overdueOnly,
			@Nullable String tag, @Nullable Long campaignId, @Nullable Long memberId, @Nullable String searchKey,
			@Nullable Collection<Long> ids, LocalDate today, boolean collectiveOnly) {
	}

	public List<ShortcomingRow> list(Filter f, int offset, int limit) {
		Where w = where(f);
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where " + w.sql
				+ " order by s.deadline nulls last, s.id limit :limit offset :offset")
			.params(w.params)
			.param("limit", limit)
			.param("offset", offset)
			.query(JdbcShortcomings::map)
			.list();
	}

	public long count(Filter f) {
		Where w = where(f);
		return jdbc.sql("select count(*) from shortcoming s where " + w.sql).params(w.params).query(Long.class).single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Filter f) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		parts.add("true");
		if (f.units() != null) {
			parts.add("s.holder_unit_id = any(:units)");
			params.put("units", f.units().toArray(Long[]::new));
		}
		if (f.status() != null) {
			if (f.status() == ShortcomingStatus.VERIFIED) {
				parts.add("s.status in ('VERIFIED', 'CLOSED')");
			}
			else {
				parts.add("s.status = :status");
				params.put("status", f.status().name());
			}
		}
		if (f.overdueOnly()) {
			parts.add(UNRESOLVED + " and s.deadline < :today");
			params.put("today", f.today());
		}
		if (f.tag() != null) {
			parts.add("exists (select 1 from shortcoming_tag_link l where l.shortcoming_id = s.id and l.tag_code = :tag)");
			params.put("tag", f.tag());
		}
		if (f.campaignId() != null) {
			parts.add("s.campaign_id = :campaign");
			params.put("campaign", f.campaignId());
		}
		if (f.memberId() != null) {
			parts.add("s.holder_member_id = :member");
			params.put("member", f.memberId());
		}
		if (f.searchKey() != null && !f.searchKey().isBlank()) {
			parts.add("vn_search_key(s.text) like :q");
			params.put("q", "%" + f.searchKey() + "%");
		}
		if (f.collectiveOnly()) {
			parts.add("s.holder_member_id is null");
		}
		if (f.ids() != null) {
			parts.add("s.id = any(:ids)");
			params.put("ids", f.ids().toArray(Long[]::new));
		}
		return new Where(String.join(" and ", parts), params);
	}

	public List<ShortcomingRow> unresolvedOfHolder(HolderKind kind, long unitId, @Nullable Long memberId) {
		if (memberId != null) {
			return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.holder_member_id = ? and " + UNRESOLVED
					+ " order by s.recorded_at, s.id")
				.param(memberId)
				.query(JdbcShortcomings::map)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.holder_kind = ? and s.holder_unit_id = ? and "
				+ UNRESOLVED + " order by s.recorded_at, s.id")
			.params(kind.name(), unitId)
			.query(JdbcShortcomings::map)
			.list();
	}

	public List<ShortcomingRow> unresolvedIn(Collection<Long> units) {
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where s.holder_unit_id = any(?) and " + UNRESOLVED
				+ " order by s.holder_unit_id, s.id")
			.param(units.toArray(Long[]::new))
			.query(JdbcShortcomings::map)
			.list();
	}

	/** Unresolved items with a deadline on or before {@code horizon}. */
	public List<ShortcomingRow> unresolvedDueBy(LocalDate horizon) {
		return jdbc.sql("select " + COLUMNS + " from shortcoming s where " + UNRESOLVED
				+ " and s.deadline <= ? order by s.deadline, s.id")
			.param(horizon)
			.query(JdbcShortcomings::map)
			.list();
	}

	public RemediationShare shareOfUnit(long unitId, LocalDate from, LocalDate to, LocalDate today) {
		return share("s.holder_member_id is null and s.holder_unit_id = :holder", unitId, from, to, today);
	}

	public RemediationShare shareOfMember(long memberId, LocalDate from, LocalDate to, LocalDate today) {
		return share("s.holder_member_id = :holder", memberId, from, to, today);
	}

	private RemediationShare share(String holder, long holderId, LocalDate from, LocalDate to, LocalDate today) {
		return jdbc.sql("""
				select count(*), count(*) filter (where s.status in ('VERIFIED', 'CLOSED')),
				       count(*) filter (where %s and s.deadline < :today)
				from shortcoming s
				where %s and s.recorded_at >= :from and s.recorded_at < :to""".formatted(UNRESOLVED, holder))
			.param("holder", holderId)
			.param("today", today)
			.param("from", Timestamp.valueOf(from.atStartOfDay()))
			.param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
			.query((rs, n) -> new RemediationShare(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** Moves the unresolved items of {@code from} to {@code to} (a merge); returns their ids. */
	public List<Long> moveUnresolved(long from, long to) {
		return jdbc.sql("update shortcoming s set holder_unit_id = ?, version = version + 1 where holder_unit_id = ? and "
				+ UNRESOLVED + " returning id")
			.params(to, from)
			.query(Long.class)
			.list();
	}

	/** Labels of tags by code, in the taxonomies' order. */
	public Map<String, String> tagLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.sql("""
				select g.code, g.label from shortcoming_tag g join shortcoming_taxonomy t on t.code = g.taxonomy_code
				order by t.sort_order, g.sort_order, g.code""").query(rs -> {
			labels.put(rs.getString(1), rs.getString(2));
		});
		return labels;
	}


	public List<TagRow> activeTags() {
		return jdbc.sql("""
				select g.code, t.code, t.name, g.group_label, g.label from shortcoming_tag g
				join shortcoming_taxonomy t on t.code = g.taxonomy_code
				where g.active and t.active order by t.sort_order, g.sort_order, g.code""")
			.query((rs, n) -> new TagRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	static ShortcomingRow map(ResultSet rs, int row) throws SQLException {
		Timestamp verified = rs.getTimestamp("verified_at");
		String tags = rs.getString("tags");
		return new ShortcomingRow(rs.getLong("id"), rs.getString("source_kind"), rs.getString("source_ref"),
				(Long) rs.getObject("campaign_id"), (Long) rs.getObject("review_id"),
				HolderKind.valueOf(rs.getString("holder_kind")), rs.getLong("holder_unit_id"),
				(Long) rs.getObject("holder_member_id"), rs.getLong("recorded_unit_id"), rs.getString("text"),
				rs.getString("cause"), rs.getString("responsibility"), rs.getString("remedy"),
				rs.getObject("deadline", LocalDate.class), rs.getString("answerable"),
				ShortcomingStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_since").toInstant(),
				verified == null ? null : verified.toInstant(), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"),
				tags.isEmpty() ? List.of() : List.of(tags.split(",")));
	}
}
