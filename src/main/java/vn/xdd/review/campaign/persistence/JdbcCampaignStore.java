package vn.xdd.review.campaign.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignKind;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.shared.OrgUnitId;

/** The review_campaign and review_campaign_taxonomy tables. */
@Repository
public class JdbcCampaignStore {

	private final JdbcClient jdbc;

	public JdbcCampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CampaignId insert(OrgUnitId unit, String name, CampaignKind kind, LocalDate periodFrom, LocalDate periodTo,
			@Nullable LocalDate collectiveDeadline, @Nullable LocalDate individualDeadline, List<String> taxonomies,
			String by) {
		long id = jdbc.sql("""
				insert into review_campaign (unit_id, name, kind, period_from, period_to, collective_deadline,
				    individual_deadline, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unit.value(), name, kind.name(), periodFrom, periodTo, collectiveDeadline, individualDeadline, by)
			.query(Long.class)
			.single();
		for (String code : taxonomies) {
			jdbc.sql("insert into review_campaign_taxonomy (campaign_id, taxonomy_code) values (?, ?)")
				.params(id, code)
				.update();
		}
		return new CampaignId(id);
	}

	public Optional<CampaignRecord> find(CampaignId id) {
		List<String> taxonomies = jdbc.sql("""
				select c.taxonomy_code from review_campaign_taxonomy c join shortcoming_taxonomy t on t.code = c.taxonomy_code
				where c.campaign_id = ? order by t.sort_order, t.code""")
			.param(id.value())
			.query(String.class)
			.list();
		return jdbc.sql("""
				select id, unit_id, name, kind, period_from, period_to, collective_deadline, individual_deadline, status,
				    created_by, version
				from review_campaign where id = ?""")
			.param(id.value())
			.query((rs, row) -> new CampaignRecord(new CampaignId(rs.getLong("id")), new OrgUnitId(rs.getLong("unit_id")),
					rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getObject("collective_deadline", LocalDate.class),
					rs.getObject("individual_deadline", LocalDate.class), "OPEN".equals(rs.getString("status")),
					rs.getString("created_by"), rs.getInt("version"), taxonomies))
			.optional();
	}

	/** Closes an open campaign read at {@code version}; false when it changed meanwhile or is closed. */
	public boolean close(CampaignId id, int version) {
		return jdbc.sql("""
				update review_campaign set status = 'CLOSED', version = version + 1
				where id = ? and version = ? and status = 'OPEN'""")
			.params(id.value(), version)
			.update() == 1;
	}
}
