package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.DecisionContent;
import vn.xdd.discipline.DisciplineDecisions;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.Violation;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/** The decision of a case as the document module composes it, and the number its register gave. */
@Service
class DecisionDocuments implements DisciplineDecisions {

	private final CaseAccess access;

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	private final MemberStandings standings;

	private final OrgUnits units;

	private final CaseQueries queries;

	private final CaseSteps steps;

	DecisionDocuments(CaseAccess access, JdbcDisciplineCases cases, JdbcDisciplineRules rules,
			MemberStandings standings, OrgUnits units, CaseQueries queries, CaseSteps steps) {
		this.access = access;
		this.cases = cases;
		this.rules = rules;
		this.standings = standings;
		this.units = units;
		this.queries = queries;
		this.steps = steps;
	}

	@Override
	@Transactional(readOnly = true)
	public DecisionContent content(CaseId id) {
		DisciplineCase of = access.requireReadable(id);
		if (of.form() == null || of.decidedOn() == null || of.decidedByUnitId() == null) {
			throw new BusinessRuleException("discipline.error.notDecided");
		}
		LocalDate day = of.decidedOn();
		String name;
		Integer birthYear = null;
		String posts = "";
		if (of.memberId() != null) {
			MemberStanding standing = standings.on(new MemberId(of.memberId()), day).orElseThrow();
			name = standing.name();
			posts = standing.posts().stream().map(MemberStanding.Post::title).collect(Collectors.joining(", "));
			birthYear = standings.birthYear(new MemberId(of.memberId())).orElse(null);
		}
		else {
			name = units.find(new OrgUnitId(Objects.requireNonNull(of.organizationId()))).map(OrgUnitSummary::name).orElse("");
		}
		List<String> violations = cases.violations(id).stream().map(DecisionDocuments::describe).toList();
		String citation = of.ruleSet() == null ? ""
				: rules.ruleSets().byCode(of.ruleSet()).map(s -> s.citation()).orElse("");
		OrgUnitId body = new OrgUnitId(of.decidedByUnitId());
		JdbcDisciplineCases.VoteRecord vote = cases.voteOf(id);
		String place = of.memberId() != null ? queries.path(of.subjectUnitId())
				: units.find(new OrgUnitId(of.subjectUnitId()))
					.map(u -> u.parentId() == null ? "" : queries.path(u.parentId().value()))
					.orElse("");
		return new DecisionContent(id, of.subjectKind(), name, birthYear, posts, place, violations, of.form(), citation,
				body, units.find(body).map(OrgUnitSummary::name).orElse(""), day, of.decisionNumber(),
				vote.vote(), vote.signatory());
	}

	@Override
	@Transactional
	public void recordIssuedNumber(CaseId id, String numberSymbol, LocalDate issuedOn) {
		DisciplineCase of = cases.lock(id).orElseThrow(() -> new vn.xdd.shared.NotFoundException("DISCIPLINE_CASE",
				id.toString()));
		cases.setDecisionNumber(id, numberSymbol);
		steps.record(of, "NUMBER", of.status(), issuedOn, of.form(), numberSymbol, "audit.text.disciplineNumbered",
				numberSymbol);
	}

	private static String describe(Violation v) {
		String when = v.committedFrom() != null
				? "từ ngày " + VietnameseText.date(v.committedFrom()) + " đến ngày " + VietnameseText.date(v.committedOn())
				: "ngày " + VietnameseText.date(v.committedOn());
		String rule = v.ruleBreached().isBlank() ? "" : ", vi phạm " + v.ruleBreached();
		return v.description() + " (" + when + rule + ")";
	}
}
