package vn.xdd.organization.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.PositionKind;
import vn.xdd.shared.OrgUnitId;

/** A member's status, chapter and posts on a day, read from their dated periods. */
@Repository
public class JdbcMemberStandings implements MemberStandings {

	private final JdbcClient jdbc;

	public JdbcMemberStandings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MemberId> named(String fullName, LocalDate birthDate) {
		String name = java.text.Normalizer.normalize(fullName.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC);
		return jdbc.sql("select id from member where lower(full_name) = lower(:name) and birth_date = :born order by id")
			.param("name", name)
			.param("born", birthDate)
			.query((rs, n) -> new MemberId(rs.getLong(1)))
			.list();
	}

	@Override
	public Optional<Integer> birthYear(MemberId member) {
		return jdbc.sql("select extract(year from birth_date)::int from member where id = :id")
			.param("id", member.value())
			.query(Integer.class)
			.optional();
	}

	@Override
	public Optional<MemberStanding> on(MemberId member, LocalDate day) {
		Optional<String> name = jdbc.sql("select full_name from member where id = :id")
			.param("id", member.value())
			.query(String.class)
			.optional();
		if (name.isEmpty()) {
			return Optional.empty();
		}
		MemberStatus status = jdbc.sql("""
				select status from member_status_period
				where member_id = :id and from_date <= :day and (to_date is null or to_date >= :day)""")
			.param("id", member.value())
			.param("day", day)
			.query((rs, n) -> MemberStatus.valueOf(rs.getString(1)))
			.optional()
			.orElse(null);
		OrgUnitId chapter = jdbc.sql("""
				select unit_id from member_membership
				where member_id = :id and from_date <= :day and (to_date is null or to_date >= :day)""")
			.param("id", member.value())
			.param("day", day)
			.query((rs, n) -> new OrgUnitId(rs.getLong(1)))
			.optional()
			.orElse(null);
		List<MemberStanding.Post> posts = jdbc.sql("""
				select unit_id, title, kind, from_date from member_position
				where member_id = :id and from_date <= :day and (to_date is null or to_date >= :day)
				order by from_date, id""")
			.param("id", member.value())
			.param("day", day)
			.query((rs, n) -> new MemberStanding.Post(new OrgUnitId(rs.getLong(1)), rs.getString(2),
					PositionKind.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()))
			.list();
		return Optional.of(new MemberStanding(member, name.get(), status, chapter, posts));
	}

	@Override
	public List<MemberId> partyPostHoldersOn(OrgUnitId unit, LocalDate day) {
		return jdbc.sql("""
				select distinct member_id from member_position
				where unit_id = :unit and kind = 'PARTY' and from_date <= :day and (to_date is null or to_date >= :day)
				order by member_id""")
			.param("unit", unit.value())
			.param("day", day)
			.query((rs, n) -> new MemberId(rs.getLong(1)))
			.list();
	}
}
