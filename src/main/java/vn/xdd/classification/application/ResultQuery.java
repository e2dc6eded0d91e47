package vn.xdd.classification.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.ClassificationFigures;
import vn.xdd.classification.ClassificationResults;
import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.YearResult;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.OrgUnitId;

/** Results by year and the figures of a subtree, for the other modules (no scope check: they check their own records). */
@Service
@Transactional(readOnly = true)
class ResultQuery implements ClassificationResults, ClassificationFigures {

	private final JdbcClassification store;

	private final OrgUnits units;

	ResultQuery(JdbcClassification store, OrgUnits units) {
		this.store = store;
		this.units = units;
	}

	@Override
	public List<YearResult> ofMember(MemberId member) {
		return store.resultsOfMember(member);
	}

	@Override
	public Optional<YearResult> ofMember(MemberId member, int year) {
		return store.resultOfMember(member, year);
	}

	@Override
	public Optional<YearResult> ofOrganization(OrgUnitId organization, int year) {
		return store.resultOfUnit(organization, year);
	}

	@Override
	public Optional<Counts> countsOf(OrgUnitId unit, int year) {
		List<OrgUnitId> below = units.subtreesWithPredecessors(List.of(unit)).stream().filter(u -> !u.equals(unit)).toList();
		Map<SubjectKind, Map<Level, Long>> counts = store.counts(below, year);
		// the unit's own members are in its chapters, which are below it; the unit itself is rated by the level above
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		RuleSet rules = RuleSet.forYear(store.ruleSets(), year).orElseThrow();
		return Optional.of(new Counts(year, rules.wording(), counts.getOrDefault(SubjectKind.ORGANIZATION, Map.of()),
				counts.getOrDefault(SubjectKind.MEMBER, Map.of()), store.notEvaluatedIn(below, year)));
	}
}
