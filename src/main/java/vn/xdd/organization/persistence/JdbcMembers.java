package vn.xdd.organization.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.shared.VietnameseName;
import vn.xdd.shared.VietnameseText;

/**
 * The member registry in PostgreSQL: the current record in {@code member}, its history in
 * {@code member_status_period}, {@code member_membership} and {@code member_position}. Lists
 * page by key (sort key, id), so a page costs the same on page 1 and page 10,000
 * (docs/benchmarks/member-paging.md measures it at province scale).
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

	/** For the list's statements: planned for their actual parameters on every run (see {@link #listClient}). */
	private final JdbcClient list;

	public JdbcMembers(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.list = listClient(dataSource);
	}

	/**
	 * A client whose statements PostgreSQL plans for the values they carry, every time. The list's
	 * statements filter on {@code unit_id = any(:units)} (a scope reaches thousands of units) and
	 * on {@code search_key like :q}: a plan made for the actual array and pattern walks the
	 * (sort_key, id) index and stops after one page, or fetches the few matches of a rare name
	 * and sorts them. A cached generic plan, which the driver's server-side prepared statements
	 * get after a few runs, guesses a few hundred rows for any array and pattern, and then fetches
	 * and sorts every member of the province for each page (docs/benchmarks/member-paging.md:
	 * 0.5–0.75 s instead of under a millisecond). Planning anew costs about 6 ms with 8,000 units.
	 */
	private static JdbcClient listClient(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource) {

			@Override
			protected void applyStatementSettings(Statement statement) throws SQLException {
				super.applyStatementSettings(statement);
				if (statement.isWrapperFor(PGStatement.class)) {
					statement.unwrap(PGStatement.class).setPrepareThreshold(0);
				}
			}
		};
		return JdbcClient.create(template);
	}

	/** A page of the list and the cursor of the next page (null on the last page). */
	public record Page(List<MemberRow> rows, @Nullable String next) {
	}

	/** A member to enter: the record, the chapter and the status it starts in, from {@code since}. */
	public record NewMember(MemberRecord record, long unitId, MemberStatus status, LocalDate since,
			@Nullable String decisionRef) {
	}

	/** A correction of a record made on {@code version}. */
	public record Correction(long id, MemberRecord record, int version) {
	}

	public long insert(MemberRecord r, long unitId, MemberStatus status, LocalDate since, @Nullable String decisionRef) {
		return insertAll(List.of(new NewMember(r, unitId, status, since, decisionRef))).get(0);
	}

	/**
	 * Enters members with their first status period and, for a status inside a chapter, their
	 * membership; a few batched statements whatever the number (imports of thousands of rows).
	 *
	 * @return the new ids, in the order given
	 */
	public List<Long> insertAll(List<NewMember> newMembers) {
		if (newMembers.isEmpty()) {
			return List.of();
		}
		int n = newMembers.size();
		List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
		Columns c = new Columns(newMembers.stream().map(NewMember::record).toList());
		String[] statuses = new String[n];
		String[] since = new String[n];
		Long[] units = new Long[n];
		String[] decisions = new String[n];
		List<Long> inChapter = new ArrayList<>();
		List<Long> chapterUnits = new ArrayList<>();
		List<String> chapterFrom = new ArrayList<>();
		List<String> chapterDecisions = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			NewMember m = newMembers.get(i);
			statuses[i] = m.status().name();
			since[i] = m.since().toString();
			units[i] = m.unitId();
			decisions[i] = m.decisionRef();
			if (m.status().inChapter()) {
				LocalDate admitted = m.record().admittedOn();
				inChapter.add(ids.get(i));
				chapterUnits.add(m.unitId());
				chapterFrom.add((admitted != null && admitted.isBefore(m.since()) ? admitted : m.since()).toString());
				chapterDecisions.add(m.decisionRef());
			}
		}
		Long[] idArray = ids.toArray(Long[]::new);
		// One statement per table, whatever the number of rows: the arrays are unnested row by row.
		jdbc.sql("""
				insert into member (id, full_name, search_key, sort_key, birth_date, sex, ethnicity, religion, home_town,
				    residence, citizen_id, party_card_no, member_file_no, admitted_on, full_member_on, education,
				    qualification, political_theory, phone, status, status_since, unit_id)
				select * from unnest(?::bigint[], ?::text[], ?::text[], ?::bytea[], ?::text[]::date[], ?::text[],
				    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::date[],
				    ?::text[]::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::date[], ?::bigint[])""")
			.params(idArray, c.fullName, c.searchKey, c.sortKey, c.birthDate, c.sex, c.ethnicity, c.religion, c.homeTown,
					c.residence, c.citizenId, c.partyCardNo, c.memberFileNo, c.admittedOn, c.fullMemberOn, c.education,
					c.qualification, c.politicalTheory, c.phone, statuses, since, units)
			.update();
		jdbc.sql("""
				insert into member_status_period (member_id, status, from_date, decision_ref)
				select * from unnest(?::bigint[], ?::text[], ?::text[]::date[], ?::text[])""")
			.params(idArray, statuses, since, decisions)
			.update();
		// A record entered as a full member: the probation before it is part of its history.
		List<Long> probationIds = new ArrayList<>();
		List<String> probationFrom = new ArrayList<>();
		List<String> probationTo = new ArrayList<>();
		List<String> probationDecisions = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			MemberRecord r = newMembers.get(i).record();
			LocalDate start = newMembers.get(i).since();
			if (r.admittedOn() != null && r.fullMemberOn() != null && r.admittedOn().isBefore(r.fullMemberOn())
					&& !start.isBefore(r.fullMemberOn())) {
				probationIds.add(ids.get(i));
				probationFrom.add(r.admittedOn().toString());
				probationTo.add(r.fullMemberOn().minusDays(1).toString());
				probationDecisions.add(decisions[i]);
			}
		}
		if (!probationIds.isEmpty()) {
			jdbc.sql("""
					insert into member_status_period (member_id, status, from_date, to_date, decision_ref)
					select id, 'PROBATIONARY', f, t, d
					from unnest(?::bigint[], ?::text[]::date[], ?::text[]::date[], ?::text[]) as x(id, f, t, d)""")
				.params(probationIds.toArray(Long[]::new), probationFrom.toArray(String[]::new),
						probationTo.toArray(String[]::new), probationDecisions.toArray(String[]::new))
				.update();
		}
		if (!inChapter.isEmpty()) {
			jdbc.sql("""
					insert into member_membership (member_id, unit_id, from_date, decision_ref)
					select * from unnest(?::bigint[], ?::bigint[], ?::text[]::date[], ?::text[])""")
				.params(inChapter.toArray(Long[]::new), chapterUnits.toArray(Long[]::new), chapterFrom.toArray(String[]::new),
						chapterDecisions.toArray(String[]::new))
				.update();
		}
		return ids;
	}

	/** Replaces the record's fields; fails when someone else changed it since {@code version}. */
	public void update(long id, MemberRecord r, int version) {
		updateAll(List.of(new Correction(id, r, version)));
	}

	/**
	 * Replaces the records' fields in one batch; fails, and changes nothing once the transaction
	 * rolls back, when one of them changed since the version it was read in.
	 */
	public void updateAll(List<Correction> corrections) {
		if (corrections.isEmpty()) {
			return;
		}
		Columns c = new Columns(corrections.stream().map(Correction::record).toList());
		Long[] ids = corrections.stream().map(Correction::id).toArray(Long[]::new);
		Integer[] versions = corrections.stream().map(Correction::version).toArray(Integer[]::new);
		int updated = jdbc.sql("""
				update member m set full_name = u.full_name, search_key = u.search_key, sort_key = u.sort_key,
				    birth_date = u.birth_date, sex = u.sex, ethnicity = u.ethnicity, religion = u.religion,
				    home_town = u.home_town, residence = u.residence, citizen_id = u.citizen_id,
				    party_card_no = u.party_card_no, member_file_no = u.member_file_no, admitted_on = u.admitted_on,
				    full_member_on = u.full_member_on, education = u.education, qualification = u.qualification,
				    political_theory = u.political_theory, phone = u.phone, updated_at = now(), version = m.version + 1
				from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::bytea[], ?::text[]::date[], ?::text[],
				    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::date[],
				    ?::text[]::date[], ?::text[], ?::text[], ?::text[], ?::text[])
				    as u(id, version, full_name, search_key, sort_key, birth_date, sex, ethnicity, religion, home_town,
				         residence, citizen_id, party_card_no, member_file_no, admitted_on, full_member_on, education,
				         qualification, political_theory, phone)
				where m.id = u.id and m.version = u.version""")
			.params(ids, versions, c.fullName, c.searchKey, c.sortKey, c.birthDate, c.sex, c.ethnicity, c.religion,
					c.homeTown, c.residence, c.citizenId, c.partyCardNo, c.memberFileNo, c.admittedOn, c.fullMemberOn,
					c.education, c.qualification, c.politicalTheory, c.phone)
			.update();
		if (updated != corrections.size()) {
			throw new OptimisticLockingFailureException(
					(corrections.size() - updated) + " of " + corrections.size() + " members changed since they were read");
		}
	}

	/** The fields of many records, column by column, as arrays for {@code unnest}. */
	private static final class Columns {

		final String[] fullName;

		final String[] searchKey;

		final byte[][] sortKey;

		final @Nullable String[] birthDate;

		final @Nullable String[] sex;

		final @Nullable String[] ethnicity;

		final @Nullable String[] religion;

		final @Nullable String[] homeTown;

		final @Nullable String[] residence;

		final @Nullable String[] citizenId;

		final @Nullable String[] partyCardNo;

		final @Nullable String[] memberFileNo;

		final @Nullable String[] admittedOn;

		final @Nullable String[] fullMemberOn;

		final @Nullable String[] education;

		final @Nullable String[] qualification;

		final @Nullable String[] politicalTheory;

		final @Nullable String[] phone;

		Columns(List<MemberRecord> records) {
			int n = records.size();
			fullName = new String[n];
			searchKey = new String[n];
			sortKey = new byte[n][];
			birthDate = new String[n];
			sex = new String[n];
			ethnicity = new String[n];
			religion = new String[n];
			homeTown = new String[n];
			residence = new String[n];
			citizenId = new String[n];
			partyCardNo = new String[n];
			memberFileNo = new String[n];
			admittedOn = new String[n];
			fullMemberOn = new String[n];
			education = new String[n];
			qualification = new String[n];
			politicalTheory = new String[n];
			phone = new String[n];
			for (int i = 0; i < n; i++) {
				MemberRecord r = records.get(i);
				VietnameseName name = new VietnameseName(r.fullName());
				fullName[i] = name.value();
				searchKey[i] = name.searchKey();
				sortKey[i] = name.sortKey();
				birthDate[i] = text(r.birthDate());
				sex[i] = r.sex() == null ? null : r.sex().code();
				ethnicity[i] = r.ethnicity();
				religion[i] = r.religion();
				homeTown[i] = r.homeTown();
				residence[i] = r.residence();
				citizenId[i] = r.citizenId();
				partyCardNo[i] = r.partyCardNo();
				memberFileNo[i] = r.memberFileNo();
				admittedOn[i] = text(r.admittedOn());
				fullMemberOn[i] = text(r.fullMemberOn());
				education[i] = r.education();
				qualification[i] = r.qualification();
				politicalTheory[i] = r.politicalTheory() == null ? null : r.politicalTheory().name();
				phone[i] = r.phone();
			}
		}

		private static @Nullable String text(@Nullable LocalDate day) {
			return day == null ? null : day.toString();
		}
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

	/**
	 * The members holding one of the party-card numbers or one of the citizen IDs (an import
	 * matches its rows to the registry a few thousand at a time).
	 */
	public List<MemberRow> findByPartyCardsOrCitizenIds(java.util.Collection<String> partyCardNos,
			java.util.Collection<String> citizenIds) {
		if (partyCardNos.isEmpty() && citizenIds.isEmpty()) {
			return List.of();
		}
		// Driven by the keys: first the ids of the holders (index lookups per key), then their rows by
		// primary key. "= any(:array)" would be searched linearly row by row once PostgreSQL caches a
		// generic plan, and a plain join may scan the whole table once per thousand rows.
		return jdbc.sql("""
				with holders as materialized (
				    select c.id from unnest(cast(:cards as text[])) k(v)
				      join member c on c.party_card_no is not null and c.party_card_no = k.v
				    union
				    select c.id from unnest(cast(:citizenIds as text[])) k(v)
				      join member c on c.citizen_id is not null and c.citizen_id = k.v)
				""" + "select " + COLUMNS + " from holders h join member m on m.id = h.id join org_unit u on u.id = m.unit_id")
			.param("cards", partyCardNos.toArray(String[]::new))
			.param("citizenIds", citizenIds.toArray(String[]::new))
			.query(JdbcMembers::map)
			.list();
	}

	/** One page of the filtered list in official order (given name first), after {@code cursor}. */
	public Page page(MemberFilter filter, @Nullable String cursor, int size) {
		Query query = pageQuery(filter, cursor, size);
		List<byte[]> sortKeys = new ArrayList<>(size + 1);
		List<MemberRow> rows = new ArrayList<>(list.sql(query.sql()).params(query.params()).query((rs, i) -> {
			sortKeys.add(rs.getBytes("sort_key"));
			return map(rs, i);
		}).list());
		String next = null;
		if (rows.size() > size) {
			rows.remove(size);
			MemberRow last = rows.get(size - 1);
			next = Base64.getUrlEncoder().withoutPadding().encodeToString(sortKeys.get(size - 1)) + "." + last.id();
		}
		return new Page(rows, next);
	}

	/** A statement and its named parameters, as {@link #page} and {@link #count} run them (benchmarks explain them). */
	record Query(String sql, java.util.Map<String, Object> params) {
	}

	/**
	 * The page in two steps: the keys of its rows first, chosen on the index (sort_key, id) that
	 * also holds the search key, unit and status, so that walking the list in order to find the
	 * rows a search or a scope keeps reads that index only; then the 50 records themselves.
	 */
	Query pageQuery(MemberFilter filter, @Nullable String cursor, int size) {
		StringBuilder keys = new StringBuilder("select m.id from member m where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, keys, p);
		if (cursor != null) {
			int dot = cursor.lastIndexOf('.');
			if (dot > 0) {
				try {
					p.put("afterKey", Base64.getUrlDecoder().decode(cursor.substring(0, dot)));
					p.put("afterId", Long.parseLong(cursor.substring(dot + 1)));
					keys.append(" and (m.sort_key, m.id) > (:afterKey, :afterId)");
				}
				catch (IllegalArgumentException e) {
					// An unreadable cursor starts the list again.
				}
			}
		}
		keys.append(" order by m.sort_key, m.id limit :limit");
		p.put("limit", size + 1);
		String sql = "select " + COLUMNS + " from (" + keys + ") k join member m on m.id = k.id"
				+ " join org_unit u on u.id = m.unit_id order by m.sort_key, m.id";
		return new Query(sql, p);
	}

	/** How many members the filter matches. */
	public long count(MemberFilter filter) {
		Query query = countQuery(filter);
		return list.sql(query.sql()).params(query.params()).query(Long.class).single();
	}

	Query countQuery(MemberFilter filter) {
		StringBuilder sql = new StringBuilder("select count(*) from member m where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, sql, p);
		return new Query(sql.toString(), p);
	}

	/**
	 * Every member the filter matches, in list order, a row at a time (for exports). PostgreSQL's
	 * driver fetches by 1,000 rows only inside a transaction (in autocommit mode it reads the whole
	 * result into memory first), so this opens a read-only one when the caller has none.
	 */
	@Transactional(readOnly = true)
	public void forEach(MemberFilter filter, java.util.function.Consumer<MemberRow> action) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from member m join org_unit u on u.id = m.unit_id where ");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		where(filter, sql, p);
		sql.append(" order by m.sort_key, m.id");
		try (var stream = list.sql(sql.toString()).params(p).withFetchSize(1000).query(JdbcMembers::map).stream()) {
			stream.forEach(action);
		}
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

	public boolean partyCardTaken(String partyCardNo, long exceptId) {
		return jdbc.sql("select count(*) from member where party_card_no = ? and id <> ?")
			.params(partyCardNo, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public boolean citizenIdTaken(String citizenId, long exceptId) {
		return jdbc.sql("select count(*) from member where citizen_id = ? and id <> ?")
			.params(citizenId, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Closes the current status period the day before {@code from} and opens {@code status};
	 * a status that takes the member out of the chapter also ends the membership and the posts
	 * held in the party (all posts, for a member who died).
	 */
	public void changeStatus(long id, MemberStatus status, LocalDate from, @Nullable String decisionRef,
			@Nullable String note, @Nullable LocalDate fullMemberOn) {
		LocalDate lastDay = from.minusDays(1);
		jdbc.sql("update member_status_period set to_date = ? where member_id = ? and to_date is null")
			.params(lastDay, id)
			.update();
		jdbc.sql("""
				insert into member_status_period (member_id, status, from_date, decision_ref, note)
				values (?, ?, ?, ?, ?)""").params(Arrays.asList(id, status.name(), from, decisionRef, note)).update();
		jdbc.sql("""
				update member set status = ?, status_since = ?, full_member_on = coalesce(?, full_member_on),
				    updated_at = now(), version = version + 1
				where id = ?""").params(Arrays.asList(status.name(), from, fullMemberOn, id)).update();
		if (!status.inChapter()) {
			jdbc.sql("update member_membership set to_date = ? where member_id = ? and to_date is null")
				.params(lastDay, id)
				.update();
			// Party posts end with the membership; every post ends with death.
			jdbc.sql("""
					update member_position set to_date = ?
					where member_id = ? and to_date is null and (kind = 'PARTY' or ?)""")
				.params(lastDay, id, status == MemberStatus.DECEASED)
				.update();
		}
	}

	/** The chapter the member belongs to now and since when. */
	public Optional<MemberPeriod> currentMembership(long id) {
		return jdbc.sql("""
				select mm.id, mm.unit_id, u.name, mm.from_date, mm.to_date, mm.decision_ref
				from member_membership mm join org_unit u on u.id = mm.unit_id
				where mm.member_id = ? and mm.to_date is null""")
			.param(id)
			.query((rs, i) -> new MemberPeriod(rs.getLong(1), "MEMBERSHIP", rs.getString(3), rs.getLong(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), null, rs.getString(6)))
			.optional();
	}

	/**
	 * Moves the member to {@code toUnit} from {@code from}: the current membership ends the day
	 * before, the party posts held in the old chapter end with it.
	 */
	public void transfer(long id, long toUnit, LocalDate from, @Nullable String decisionRef, @Nullable Long eventId) {
		LocalDate lastDay = from.minusDays(1);
		Long oldUnit = jdbc.sql("select unit_id from member where id = ?").param(id).query(Long.class).single();
		jdbc.sql("update member_membership set to_date = ? where member_id = ? and to_date is null")
			.params(lastDay, id)
			.update();
		jdbc.sql("""
				insert into member_membership (member_id, unit_id, from_date, decision_ref, event_id)
				values (?, ?, ?, ?, ?)""").params(Arrays.asList(id, toUnit, from, decisionRef, eventId)).update();
		jdbc.sql("update member_position set to_date = ? where member_id = ? and unit_id = ? and to_date is null")
			.params(lastDay, id, oldUnit)
			.update();
		jdbc.sql("update member set unit_id = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(toUnit, id)
			.update();
	}

	/** Opens a membership again for a member coming back into a chapter. */
	public void rejoin(long id, long unit, LocalDate from, @Nullable String decisionRef) {
		jdbc.sql("insert into member_membership (member_id, unit_id, from_date, decision_ref) values (?, ?, ?, ?)")
			.params(Arrays.asList(id, unit, from, decisionRef))
			.update();
		jdbc.sql("update member set unit_id = ? where id = ?").params(unit, id).update();
	}

	public long insertPosition(long memberId, long unitId, String title, String kind, LocalDate from,
			@Nullable String decisionRef) {
		return jdbc.sql("""
				insert into member_position (member_id, unit_id, title, kind, from_date, decision_ref)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(Arrays.asList(memberId, unitId, title, kind, from, decisionRef))
			.query(Long.class)
			.single();
	}

	public Optional<MemberPeriod> position(long positionId) {
		return jdbc.sql("""
				select p.id, p.kind, p.title, p.unit_id, u.name, p.from_date, p.to_date, p.decision_ref, p.member_id
				from member_position p join org_unit u on u.id = p.unit_id where p.id = ?""")
			.param(positionId)
			.query(JdbcMembers::mapPeriod)
			.optional();
	}

	/** The positions the member holds now (party and government), oldest first. */
	public List<MemberPeriod> openPositions(long memberId) {
		return jdbc.sql("""
				select p.id, p.kind, p.title, p.unit_id, u.name, p.from_date, p.to_date, p.decision_ref
				from member_position p join org_unit u on u.id = p.unit_id
				where p.member_id = ? and p.to_date is null order by p.from_date""")
			.param(memberId)
			.query(JdbcMembers::mapPeriod)
			.list();
	}

	public long positionOwner(long positionId) {
		return jdbc.sql("select member_id from member_position where id = ?").param(positionId).query(Long.class).single();
	}

	public void endPosition(long positionId, LocalDate lastDay) {
		jdbc.sql("update member_position set to_date = ? where id = ?").params(lastDay, positionId).update();
	}

	/** The member's history: statuses, chapters and positions, oldest first within each kind. */
	public List<MemberPeriod> timeline(long id) {
		List<MemberPeriod> all = new ArrayList<>();
		all.addAll(jdbc.sql("""
				select s.id, 'STATUS' as kind, s.status, null::bigint as unit_id, null as unit_name, s.from_date,
				       s.to_date, s.decision_ref
				from member_status_period s where s.member_id = ? order by s.from_date""")
			.param(id)
			.query(JdbcMembers::mapPeriod)
			.list());
		all.addAll(jdbc.sql("""
				select mm.id, 'MEMBERSHIP' as kind, u.name, mm.unit_id, u.name, mm.from_date, mm.to_date, mm.decision_ref
				from member_membership mm join org_unit u on u.id = mm.unit_id
				where mm.member_id = ? order by mm.from_date""")
			.param(id)
			.query(JdbcMembers::mapPeriod)
			.list());
		all.addAll(jdbc.sql("""
				select p.id, p.kind, p.title, p.unit_id, u.name, p.from_date, p.to_date, p.decision_ref
				from member_position p join org_unit u on u.id = p.unit_id
				where p.member_id = ? order by p.from_date""")
			.param(id)
			.query(JdbcMembers::mapPeriod)
			.list());
		return all;
	}

	/** The titles currently held by members of the given units, for the position filter. */
	public List<String> currentTitles(java.util.Collection<Long> unitIds) {
		return jdbc.sql("""
				select distinct p.title from member_position p join member m on m.id = p.member_id
				where p.to_date is null and m.unit_id = any(?) order by 1""")
			.param(unitIds.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

	/** The ethnicities recorded for members of the given units, for the filter. */
	public List<String> ethnicities(java.util.Collection<Long> unitIds) {
		return jdbc.sql("""
				select distinct ethnicity from member where ethnicity is not null and unit_id = any(?) order by 1""")
			.param(unitIds.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

	private static MemberPeriod mapPeriod(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong(4);
		Long unitId = rs.wasNull() ? null : unit;
		Date to = rs.getDate(7);
		return new MemberPeriod(rs.getLong(1), rs.getString(2), rs.getString(3), unitId, rs.getString(5),
				rs.getDate(6).toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString(8));
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

	/** Full names by member id. */
	public java.util.Map<Long, String> fullNames(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, full_name from member where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return names;
	}
}
