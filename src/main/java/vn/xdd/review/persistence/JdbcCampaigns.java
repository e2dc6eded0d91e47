package vn.xdd.review.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnits;
import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignKind;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/** Campaigns as other modules see them, within the user's part in them. */
@Repository
public class JdbcCampaigns implements Campaigns {

	private final JdbcClient jdbc;

	private final AccessScope scope;

	private final OrgUnits units;

	public JdbcCampaigns(JdbcClient jdbc, AccessScope scope, OrgUnits units) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.units = units;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CampaignSummary> visible() {
		Set<OrgUnitId> above = unitsAbove();
		return jdbc.sql("select id, unit_id, name, kind, period_from, period_to, status from review_campaign"
				+ " order by period_to desc, id desc")
			.query(JdbcCampaigns::map)
			.list()
			.stream()
			.filter(c -> above.contains(c.unit()) || scope.reaches(c.unit()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CampaignSummary> find(CampaignId id) {
		return jdbc.sql("select id, unit_id, name, kind, period_from, period_to, status from review_campaign where id = ?")
			.param(id.value())
			.query(JdbcCampaigns::map)
			.optional()
			.filter(c -> unitsAbove().contains(c.unit()) || scope.reaches(c.unit()));
	}

	/** The user's units and their ancestors: campaigns opened there concern the user. */
	private Set<OrgUnitId> unitsAbove() {
		Set<OrgUnitId> above = new HashSet<>();
		for (OrgUnitId root : scope.grantRoots()) {
			above.addAll(units.ancestorsAndSelf(root));
		}
		return above;
	}

	static CampaignSummary map(ResultSet rs, int row) throws SQLException {
		return new CampaignSummary(new CampaignId(rs.getLong("id")), new OrgUnitId(rs.getLong("unit_id")),
				rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
				rs.getObject("period_from", java.time.LocalDate.class),
				rs.getObject("period_to", java.time.LocalDate.class), "OPEN".equals(rs.getString("status")));
	}
}
