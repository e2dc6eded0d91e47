package vn.xdd.document.report.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.ReportDraft;
import vn.xdd.document.report.persistence.JdbcReportDrafts;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** The report drafts the signed-in user may see: those of units their scope reaches. */
@Component
public class ReportDrafts {

	static final String RECORD_TYPE = "REPORT_DRAFT";

	private final JdbcReportDrafts drafts;

	private final OrgUnits units;

	private final AccessScope scope;

	ReportDrafts(JdbcReportDrafts drafts, OrgUnits units, AccessScope scope) {
		this.drafts = drafts;
		this.units = units;
		this.scope = scope;
	}

	/** A draft; not found when it does not exist or its unit lies outside the user's scope. */
	@Transactional(readOnly = true)
	public ReportDraft get(long id) {
		ReportDraft draft = drafts.find(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, Long.toString(id)));
		scope.requireReach(draft.unit(), RECORD_TYPE, Long.toString(id));
		return draft;
	}

	/** The drafts of the units under the user's grants, latest period first. */
	@Transactional(readOnly = true)
	public List<ReportDraft> visible() {
		List<OrgUnitId> reachable = new ArrayList<>();
		for (OrgUnitSummary unit : units.subtrees(scope.grantRoots())) {
			reachable.add(unit.id());
		}
		return drafts.ofUnits(reachable);
	}

	public String unitName(OrgUnitId unit) {
		return units.find(unit).map(OrgUnitSummary::name).orElse("#" + unit.value());
	}
}
