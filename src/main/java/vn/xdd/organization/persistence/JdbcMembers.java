package vn.xdd.organization.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.organization.domain.MemberRecord;
import vn.xdd.organization.domain.MemberStatus;
import vn.xdd.organization.domain.PoliticalTheory;
import vn.xdd.organization.domain.Sex;
import vn.xdd.shared.VietnameseName;
import vn.xdd.shared.VietnameseText;

/**
 * The member registry in PostgreSQL: the current record in {@code member}, its history in
 * {@code member_status_period}, {@code member_membership} and {@code member_position}. Lists
 * page by key (sort key, id), so a page costs the same on page 1 and page 10,000.
 */
@Repository
public class JdbcMembers {

	static final String COLUMNS = """
			m.id, m.full_name, m.birth_date, m.sex, m.ethnicity, m.religion, m.home_town, m.residence, m.citizen_id,
			m.party_card_no, m.member_file_no, m.admitted_on, m.full_member_on, m.education, m.qualification,
			m.political_theory, m.phone, m.status, m.status_since, m.unit_id, u.name as unit_name, m.version, m.sort_key,
			(select string_agg(p.title, ', ' order by p.from_date) from member_position p
			  where p.member_id = m.id and p.to_date is null) as current_positions""";

	private final JdbcClient jdbc;

	public JdbcMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the list and the cursor of the next page (null on the last page). */
	public record Page(List<MemberRow> rows, @Nullable String next) {
	}

	public long insert(MemberRecord r, long unitId, MemberStatus status, LocalDate since, @Nullable String decisionRef) {
		VietnameseName name = new VietnameseName(r.fullName());
		long id = jdbc.sql("""
				insert into member (full_name, search_key, sort_key, birth_date, sex, ethnicity, religion, home_town,
				    residence, citizen_id, party_card_no, member_file_no, admitted_on, full_member_on, education,
				    qualification, political_theory, phone, status, status_since, unit_id)
				values (:fullName, :searchKey, :sortKey, :birthDate, :sex, :ethnicity, :religion, :homeTown, :residence,
				    :citizenId, :partyCardNo, :memberFileNo, :admittedOn, :fullMemberOn, :education, :qualification,
				    :politicalTheory, :phone, :status, :since, :unitId)
				returning id""")
			.params(params(r, name))
			.param("status", status.name())
			.param("since", since)
			.param("unitId", unitId)
			.query(Long.class)
			.single();
		jdbc.sql("insert into member_status_period (member_id, status, from_date, decision_ref) values (?, ?, ?, ?)")
			.params(id, status.name(), since, decisionRef)
			.update();
		if (status.inChapter()) {
			jdbc.sql("insert into member_membership (member_id, unit_id, from_date, decision_ref) values (?, ?, ?, ?)")
				.params(id, unitId, r.admittedOn() != null && r.admittedOn().isBefore(since) ? r.admittedOn() : since,
						decisionRef)
				.update();
		}
		return id;
	}

	/** Replaces the record's fields; fails when someone else changed it since {@code version}. */
	public void update(long id, MemberRecord r, int version) {
		VietnameseName name = new VietnameseName(r.fullName());
		int updated = jdbc.sql("""
				update member set full_name = :fullName, search_key = :searchKey, sort_key = :sortKey,
				    birth_date = :birthDate, sex = :sex, ethnicity = :ethnicity, religion = :religion,
				    home_town = :homeTown, residence = :residence, citizen_id = :citizenId, party_card_no = :partyCardNo,
				    member_file_no = :memberFileNo, admitted_on = :admittedOn, full_member_on = :fullMemberOn,
				    education = :education, qualification = :qualification, political_theory = :politicalTheory,
				    phone = :phone, updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.params(params(r, name))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("member " + id + " changed since version " + version);
		}
	}

	private static java.util.Map<String, @Nullable Object> params(MemberRecord r, VietnameseName name) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		p.put("fullName", name.value());
		p.put("searchKey", name.searchKey());
		p.put("sortKey", name.sortKey());
		p.put("birthDate", r.birthDate());
		p.put("sex", r.sex() == null ? null : r.sex().code());
		p.put("ethnicity", r.ethnicity());
		p.put("religion", r.religion());
		p.put("homeTown", r.homeTown());
		p.put("residence", r.residence());
		p.put("citizenId", r.citizenId());
		p.put("partyCardNo", r.partyCardNo());
		p.put("memberFileNo", r.memberFileNo());
		p.put("admittedOn", r.admittedOn());
		p.put("fullMemberOn", r.fullMemberOn());
		p.put("education", r.education());
		p.put("qualification", r.qualification());
		p.put("politicalTheory", r.politicalTheory() == null ? null : r.politicalTheory().name());
		p.put("phone", r.phone());
		return p;
	}

	public Optional<MemberRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where m.id = ?")
			.param(id)
			.query(JdbcMembers::map)
			.optional();
	}

	public Optional<MemberRow> findByPartyCard(String partyCardNo) {
		return jdbc.sql("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where m.party_card_no = ?")
			.param(partyCardNo)
			.query(JdbcMembers::map)
			.optional();
	}

	public Optional<MemberRow> findByCitizenId(String citizenId) {
		return jdbc.sql("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where m.citizen_id = ?")
			.param(citizenId)
			.query(JdbcMembers::map)
			.optional();
	}

	/** One page of the filtered list in official order (given name first), after {@code cursor}. */
	public Page page(MemberFilter filter, @Nullable String cursor, int size) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, sql, p);
		if (cursor != null) {
			int dot = cursor.lastIndexOf('.');
			if (dot > 0) {
				try {
					p.put("afterKey", Base64.getUrlDecoder().decode(cursor.substring(0, dot)));
					p.put("afterId", Long.parseLong(cursor.substring(dot + 1)));
					sql.append(" and (m.sort_key, m.id) > (:afterKey, :afterId)");
				}
				catch (IllegalArgumentException e) {
					// An unreadable cursor starts the list again.
				}
			}
		}
		sql.append(" order by m.sort_key, m.id limit :limit");
		p.put("limit", size + 1);
		List<MemberRow> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(p).query(JdbcMembers::map).list());
		String next = null;
		if (rows.size() > size) {
			rows.remove(size);
			MemberRow last = rows.get(size - 1);
			next = Base64.getUrlEncoder().withoutPadding().encodeToString(sortKeyOf(last.id())) + "." + last.id();
		}
		return new Page(rows, next);
	}

	/** How many members the filter matches. */
	public long count(MemberFilter filter) {
		StringBuilder sql = new StringBuilder("select count(*) from member m where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, sql, p);
		return jdbc.sql(sql.toString()).params(p).query(Long.class).single();
	}

	/** Every member the filter matches, in list order, a row at a time (for exports). */
	public void forEach(MemberFilter filter, java.util.function.Consumer<MemberRow> action) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, sql, p);
		sql.append(" order by m.sort_key, m.id");
		try (var stream = jdbc.sql(sql.toString()).params(p).withFetchSize(1000).query(JdbcMembers::map).stream()) {
			stream.forEach(action);
		}
	}

	private byte[] sortKeyOf(long id) {
		return jdbc.sql("select sort_key from member where id = ?").param(id).query(byte[].class).single();
	}

	private static void where(MemberFilter f, StringBuilder sql, java.util.Map<String, Object> p) {
		sql.append("m.unit_id = any(:units)");
		p.put("units", f.unitIds().toArray(Long[]::new));
		if (f.query() != null && !f.query().isBlank()) {
			String q = f.query().strip();
			if (q.matches("[0-9]{8}|[0-9]{12}")) {
				sql.append(" and (m.party_card_no = :exact or m.citizen_id = :exact)");
				p.put("exact", q);
			}
			else {
				sql.append(" and m.search_key like :q");
				p.put("q", "%" + VietnameseText.searchKey(q).replace("\\", "").replace("%", "").replace("_", "") + "%");
			}
		}
		if (!f.statuses().isEmpty()) {
			sql.append(" and m.status = any(:statuses)");
			p.put("statuses", f.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		if (f.sex() != null) {
			sql.append(" and m.sex = :sex");
			p.put("sex", f.sex().code());
		}
		if (f.ethnicity() != null && !f.ethnicity().isBlank()) {
			sql.append(" and m.ethnicity = :ethnicity");
			p.put("ethnicity", f.ethnicity());
		}
		if (f.bornFrom() != null) {
			sql.append(" and m.birth_date >= :bornFrom");
			p.put("bornFrom", f.bornFrom());
		}
		if (f.bornTo() != null) {
			sql.append(" and m.birth_date <= :bornTo");
			p.put("bornTo", f.bornTo());
		}
		if (f.position() != null && !f.position().isBlank()) {
			sql.append(" and exists (select 1 from member_position mp where mp.member_id = m.id and mp.to_date is null"
					+ " and mp.title = :position)");
			p.put("position", f.position());
		}
		if (f.politicalTheory() != null) {
			sql.append(" and m.political_theory = :theory");
			p.put("theory", f.politicalTheory().name());
		}
	}

	static MemberRow map(ResultSet rs, int row) throws SQLException {
		String theory = rs.getString("political_theory");
		MemberRecord record = new MemberRecord(rs.getString("full_name"), date(rs, "birth_date"),
				Sex.ofCode(rs.getString("sex")), rs.getString("ethnicity"), rs.getString("religion"),
				rs.getString("home_town"), rs.getString("residence"), rs.getString("citizen_id"),
				rs.getString("party_card_no"), rs.getString("member_file_no"), date(rs, "admitted_on"),
				date(rs, "full_member_on"), rs.getString("education"), rs.getString("qualification"),
				theory == null ? null : PoliticalTheory.valueOf(theory), rs.getString("phone"));
		return new MemberRow(rs.getLong("id"), record, MemberStatus.valueOf(rs.getString("status")),
				rs.getDate("status_since").toLocalDate(), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getInt("version"), rs.getString("current_positions"));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}
}
