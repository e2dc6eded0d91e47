package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.PlanningBar;
import vn.xdd.discipline.Sanction;
import vn.xdd.discipline.Sanctions;
import vn.xdd.discipline.domain.DecidedSanction;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.DisciplineRuleSets;
import vn.xdd.discipline.domain.PlanningBarSet;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;
import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/** The effects of decisions for the other modules (classification, cadre work), judged by {@link DecidedSanction}. */
@Service
@Transactional(readOnly = true)
class SanctionQuery implements Sanctions {

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	SanctionQuery(JdbcDisciplineCases cases, JdbcDisciplineRules rules) {
		this.cases = cases;
		this.rules = rules;
	}

	@Override
	public List<Sanction> inForceOn(MemberId member, LocalDate day) {
		return sanctions(cases.decidedAgainstMember(member.value())).stream().filter(s -> s.inForceOn(day)).toList();
	}

	@Override
	public List<Sanction> inForceOn(OrgUnitId organization, LocalDate day) {
		return sanctions(cases.decidedAgainstOrganization(organization.value())).stream()
			.filter(s -> s.inForceOn(day))
			.toList();
	}

	@Override
	public List<Sanction> disciplinedIn(MemberId member, int year) {
		return sanctions(cases.decidedAgainstMember(member.value())).stream()
			.filter(s -> s.annulledOn() == null && s.decidedOn().getYear() == year)
			.toList();
	}

	@Override
	public List<Sanction> disciplinedIn(OrgUnitId organization, int year) {
		return sanctions(cases.decidedAgainstOrganization(organization.value())).stream()
			.filter(s -> s.annulledOn() == null && s.decidedOn().getYear() == year)
			.toList();
	}

	@Override
	public List<PlanningBar> barredFromPlanningOrPromotion(MemberId member, LocalDate day) {
		DisciplineRuleSets sets = rules.ruleSets();
		List<PlanningBar> bars = new ArrayList<>();
		for (DisciplineCase decided : cases.decidedAgainstMember(member.value())) {
			Sanction sanction = sanction(decided);
			DecidedSanction judged = judged(sanction);
			Optional<PlanningBarSet> set = sets.barsOn(sanction.decidedOn());
			if (set.isPresent() && judged.barsPlanningOn(day, set.get())) {
				LocalDate last = judged.lastBarredDay(set.get()).orElseThrow();
				bars.add(new PlanningBar(sanction, last, set.get().citation(), set.get().confirmed()));
			}
		}
		return List.copyOf(bars);
	}

	private static List<Sanction> sanctions(List<DisciplineCase> decided) {
		return decided.stream().map(SanctionQuery::sanction).toList();
	}

	static Sanction sanction(DisciplineCase decided) {
		return new Sanction(decided.id(), decided.memberId() == null ? null : new MemberId(decided.memberId()),
				decided.organizationId() == null ? null : new OrgUnitId(decided.organizationId()),
				Objects.requireNonNull(decided.form()), Objects.requireNonNullElse(decided.decisionNumber(), ""),
				Objects.requireNonNull(decided.decidedOn()), Objects.requireNonNull(decided.decidedOn()),
				decided.lapsesOn(), decided.annulledOn());
	}

	private static DecidedSanction judged(Sanction sanction) {
		return new DecidedSanction(sanction.form(), sanction.decidedOn(), sanction.effectiveOn(), sanction.lapsesOn(),
				sanction.annulledOn());
	}
}
