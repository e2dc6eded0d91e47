package vn.xdd.organization;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.domain.MemberRecordRules;
import vn.xdd.organization.domain.Violation;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseName;

/**
 * Writes units and members in bulk, for synthetic data sets (the province-scale benchmark set of
 * the {@code demo} module's generator), not for people's work.
 * <p>
 * It <b>bypasses the use cases</b>: no scope or role check, no restructuring events, no audit
 * lines, no application events, no per-row uniqueness query. What it keeps: every member record
 * is checked against {@link MemberRecordRules}; party-card numbers and citizen IDs are unique by
 * the database's unique indexes; each unit gets its first {@code org_unit_version} and its
 * search key ({@code vn_search_key}); each member gets its sort and search keys from
 * {@link VietnameseName}, its chapter membership from the admission date, and status periods
 * derived from its record (probationary from admission to the day before full membership, full
 * from then, and the current status from {@code statusSince} when it is neither).
 * <p>
 * Members go in by PostgreSQL {@code COPY} in one stream, and their history by two set-based
 * statements; the caller's transaction covers everything, so a failed load leaves nothing
 * behind. Nobody else may write members during a load: the history is derived for the members
 * with ids above the largest id found at the start.
 */
@Component
public class BulkLoad {

	/** Statuses a loaded member may be in: those that keep a member in a chapter. */
	private static final Set<MemberStatus> LOADABLE = Set.of(MemberStatus.PROBATIONARY, MemberStatus.FULL,
			MemberStatus.EXEMPTED, MemberStatus.SUSPENDED);

	private static final String MEMBER_COLUMNS = "full_name, search_key, sort_key, birth_date, sex, ethnicity, "
			+ "religion, home_town, residence, citizen_id, party_card_no, member_file_no, admitted_on, "
			+ "full_member_on, education, qualification, political_theory, phone, status, status_since, unit_id";

	private static final int COPY_BUFFER = 1 << 20;

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DataSource dataSource;

	private final Clock clock;

	BulkLoad(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** A unit to add under an existing one, existing from {@code validFrom}. */
	public record NewUnit(OrgUnitId parent, String typeCode, String name, LocalDate validFrom) {
	}

	/**
	 * A member to add to a chapter.
	 *
	 * @param male the sex on the file: true for male
	 * @param politicalTheory ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR or null
	 * @param status PROBATIONARY (without a full-membership date), FULL, EXEMPTED or SUSPENDED (with one)
	 * @param statusSince when the current status began: the full-membership date for FULL, the admission
	 *        date for PROBATIONARY, a later day for EXEMPTED and SUSPENDED
	 */
	public record NewMember(String fullName, LocalDate birthDate, boolean male, @Nullable String ethnicity,
			@Nullable String religion, @Nullable String homeTown, @Nullable String residence,
			@Nullable String citizenId, @Nullable String partyCardNo, @Nullable String memberFileNo,
			LocalDate admittedOn, @Nullable LocalDate fullMemberOn, @Nullable String education,
			@Nullable String qualification, @Nullable String politicalTheory, @Nullable String phone, String status,
			LocalDate statusSince, long chapterId) {
	}

	/** How much the registry holds: units (the root included) and members. */
	public record Contents(long units, long members) {
	}

	@Transactional(readOnly = true)
	public Contents contents() {
		return new Contents(jdbc.sql("select count(*) from org_unit").query(Long.class).single(),
				jdbc.sql("select count(*) from member").query(Long.class).single());
	}

	/** Adds the units (their parents must exist already) and returns their ids, in the same order. */
	@Transactional
	public List<Long> addUnits(List<NewUnit> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("select nextval('org_unit_id_seq') from generate_series(1, ?)")
			.param(units.size())
			.query(Long.class)
			.list();
		List<Object[]> unitRows = new ArrayList<>(units.size());
		List<Object[]> versionRows = new ArrayList<>(units.size());
		for (int i = 0; i < units.size(); i++) {
			NewUnit u = units.get(i);
			String name = u.name().strip().replaceAll("\\s+", " ");
			unitRows.add(new Object[] { ids.get(i), u.parent().value(), u.typeCode(), name, name, u.validFrom() });
			versionRows.add(new Object[] { ids.get(i), u.validFrom(), u.parent().value(), u.typeCode(), name });
		}
		template.batchUpdate("""
				insert into org_unit (id, parent_id, type_code, name, search_key, valid_from)
				values (?, ?, ?, ?, vn_search_key(?), ?)""", unitRows);
		template.batchUpdate("""
				insert into org_unit_version (unit_id, valid_from, parent_id, type_code, name)
				values (?, ?, ?, ?, ?)""", versionRows);
		return ids;
	}

	/**
	 * Adds the members with their chapter memberships and status periods; {@code progress} hears
	 * how many have been streamed so far (every 10,000). Returns how many were added.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long addMembers(Iterator<NewMember> members, LongConsumer progress) {
		long before = jdbc.sql("select coalesce(max(id), 0) from member").query(Long.class).single();
		long count = copyMembers(members, progress, LocalDate.now(clock));
		long chaptersThatHoldNoMembers = jdbc.sql("""
				select count(distinct m.unit_id) from member m
				join org_unit u on u.id = m.unit_id join org_unit_type t on t.code = u.type_code
				where m.id > ? and not t.holds_members""").param(before).query(Long.class).single();
		if (chaptersThatHoldNoMembers > 0) {
			throw new IllegalArgumentException(chaptersThatHoldNoMembers + " đơn vị không phải chi bộ được gán đảng viên");
		}
		log.info("Ghi quá trình sinh hoạt chi bộ và trạng thái của {} đảng viên…", count);
		jdbc.sql("""
				insert into member_membership (member_id, unit_id, from_date)
				select id, unit_id, admitted_on from member where id > ?""").param(before).update();
		jdbc.sql("""
				insert into member_status_period (member_id, status, from_date, to_date)
				select id, 'PROBATIONARY', admitted_on, full_member_on - 1
				from member where id > :before and full_member_on > admitted_on
				union all
				select id, 'PROBATIONARY', admitted_on, null from member where id > :before and status = 'PROBATIONARY'
				union all
				select id, 'FULL', full_member_on, case when status = 'FULL' then null else status_since - 1 end
				from member where id > :before and full_member_on is not null
				union all
				select id, status, status_since, null from member where id > :before and status in ('EXEMPTED', 'SUSPENDED')
				""").param("before", before).update();
		return count;
	}

	/**
	 * Refreshes the planner's statistics and the visibility map of the tables a load filled:
	 * outside a transaction, after the load has committed.
	 */
	public void vacuumAnalyze() {
		for (String table : List.of("org_unit", "org_unit_version", "member", "member_membership",
				"member_status_period")) {
			jdbc.sql("vacuum (analyze) " + table).update();
		}
	}

	private long copyMembers(Iterator<NewMember> members, LongConsumer progress, LocalDate today) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy member (" + MEMBER_COLUMNS + ") from stdin with (format csv)");
			long count = 0;
			try {
				StringBuilder buffer = new StringBuilder(COPY_BUFFER + 4096);
				while (members.hasNext()) {
					NewMember m = members.next();
					row(m, buffer, today);
					count++;
					if (buffer.length() >= COPY_BUFFER) {
						write(copy, buffer);
					}
					if (count % 10_000 == 0) {
						progress.accept(count);
					}
				}
				write(copy, buffer);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
			return count;
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY member: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	/** One CSV line; text quoted, an unquoted empty field is NULL. */
	private static void row(NewMember m, StringBuilder out, LocalDate today) {
		MemberStatus status = MemberStatus.valueOf(m.status());
		PoliticalTheory theory = m.politicalTheory() == null ? null : PoliticalTheory.valueOf(m.politicalTheory());
		VietnameseName name = new VietnameseName(m.fullName());
		MemberRecord record = new MemberRecord(name.value(), m.birthDate(), m.male() ? Sex.MALE : Sex.FEMALE,
				m.ethnicity(), m.religion(), m.homeTown(), m.residence(), m.citizenId(), m.partyCardNo(),
				m.memberFileNo(), m.admittedOn(), m.fullMemberOn(), m.education(), m.qualification(), theory, m.phone());
		check(m, record, status, today);
		text(out, record.fullName()).append(',');
		text(out, name.searchKey()).append(',');
		out.append("\\x").append(HexFormat.of().formatHex(name.sortKey())).append(',');
		out.append(m.birthDate()).append(',');
		out.append(m.male() ? 'M' : 'F').append(',');
		text(out, m.ethnicity()).append(',');
		text(out, m.religion()).append(',');
		text(out, m.homeTown()).append(',');
		text(out, m.residence()).append(',');
		text(out, m.citizenId()).append(',');
		text(out, m.partyCardNo()).append(',');
		text(out, m.memberFileNo()).append(',');
		out.append(m.admittedOn()).append(',');
		if (m.fullMemberOn() != null) {
			out.append(m.fullMemberOn());
		}
		out.append(',');
		text(out, m.education()).append(',');
		text(out, m.qualification()).append(',');
		text(out, m.politicalTheory()).append(',');
		text(out, m.phone()).append(',');
		out.append(status.name()).append(',');
		out.append(m.statusSince()).append(',');
		out.append(m.chapterId()).append('\n');
	}

	private static void check(NewMember m, MemberRecord record, MemberStatus status, LocalDate today) {
		List<Violation> violations = MemberRecordRules.check(record, today);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException(m.fullName() + ": " + violations);
		}
		boolean consistent = switch (status) {
			case PROBATIONARY -> m.fullMemberOn() == null && m.statusSince().equals(m.admittedOn());
			case FULL -> m.fullMemberOn() != null && m.statusSince().equals(m.fullMemberOn());
			case EXEMPTED, SUSPENDED -> m.fullMemberOn() != null && m.statusSince().isAfter(m.fullMemberOn());
			default -> false;
		};
		if (!consistent || !LOADABLE.contains(status)) {
			throw new IllegalArgumentException(m.fullName() + ": trạng thái " + status + " không khớp với các ngày");
		}
	}

	private static StringBuilder text(StringBuilder out, @Nullable String value) {
		if (value == null) {
			return out;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		return out.append('"');
	}
}
