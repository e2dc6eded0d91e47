package vn.xdd.classification.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.ClassificationReports;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.application.ClassificationViews.Report;
import vn.xdd.shared.OrgUnitId;

/** The report of a round for the document module: {@link ClassificationQueries#report(RoundId)}, with its scope checks. */
@Service
@Transactional(readOnly = true)
class ReportsOfRounds implements ClassificationReports {

	private final ClassificationQueries queries;

	ReportsOfRounds(ClassificationQueries queries) {
		this.queries = queries;
	}

	@Override
	public RoundReport of(RoundId round) {
		Report r = queries.report(round);
		return new RoundReport(new RoundId(r.round().id()), r.round().year(), new OrgUnitId(r.round().unitId()),
				r.round().unitName(), r.round().ruleSet(), r.round().citation(), r.wording(), r.published(),
				r.table().stream().map(t -> new Row(t.kind(), t.labelKey(), t.counts(), t.evaluated(), t.notEvaluated())).toList(),
				r.changes().stream()
					.map(c -> new Change(c.kind(), c.name(), c.unitName(), c.proposed(), c.appraised(), c.decided(), c.reason()))
					.toList(),
				r.quota().stream().map(q -> new QuotaFlag(q.kind(), q.groupName(), q.excellent(), q.goodOrBetter(), q.percent()))
					.toList(),
				r.twoYears().stream().map(t -> new TwoYears(t.name(), t.unitName(), t.lastYear())).toList());
	}
}
