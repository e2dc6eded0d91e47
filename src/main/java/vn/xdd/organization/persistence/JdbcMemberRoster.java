package vn.xdd.organization.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRoster;
import vn.xdd.shared.OrgUnitId;

/**
 * The roster of a day from the history tables: the membership period covering the day gives the
 * chapter, the status period covering it gives the status (the current status when the history
 * has no period for that day, e.g. a day after the last recorded change).
 */
@Repository
public class JdbcMemberRoster implements MemberRoster {

	private final JdbcClient jdbc;

	public JdbcMemberRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RosterEntry> membersOn(Collection<OrgUnitId> chapters, LocalDate day) {
		if (chapters.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select m.id, m.full_name, mm.unit_id, coalesce(sp.status, m.status) as status, m.admitted_on
				from member_membership mm
				join member m on m.id = mm.member_id
				left join member_status_period sp on sp.member_id = m.id and sp.from_date <= :day
				    and (sp.to_date is null or sp.to_date >= :day)
				where mm.unit_id = any(:units) and mm.from_date <= :day and (mm.to_date is null or mm.to_date >= :day)
				order by m.sort_key, m.id""")
			.param("day", day)
			.param("units", chapters.stream().map(OrgUnitId::value).toArray(Long[]::new))
			.query((rs, row) -> new RosterEntry(new MemberId(rs.getLong("id")), rs.getString("full_name"),
					new OrgUnitId(rs.getLong("unit_id")), rs.getString("status"),
					rs.getObject("admitted_on", LocalDate.class)))
			.list();
	}
}
