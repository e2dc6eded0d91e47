package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseOpening;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.domain.CaseOpeningFacts;
import vn.xdd.discipline.domain.CaseOpenings;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/** Opens a case against a member or an organisation under the opening committee (rules: {@link CaseOpenings#OPEN}). */
@Service
class OpenCase implements CaseOpening {

	private final CaseAccess access;

	private final JdbcDisciplineCases cases;

	private final MemberStandings standings;

	private final OrgUnits units;

	private final CaseSteps steps;

	private final AccessScope scope;

	private final Clock clock;

	OpenCase(CaseAccess access, JdbcDisciplineCases cases, MemberStandings standings, OrgUnits units, CaseSteps steps,
			AccessScope scope, Clock clock) {
		this.access = access;
		this.scope = scope;
		this.cases = cases;
		this.standings = standings;
		this.units = units;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CaseId open(Command command) {
		if ((command.member() == null) == (command.organization() == null)) {
			throw new BusinessRuleException("discipline.error.oneSubject");
		}
		String summary = CaseTexts.required("discipline.field.summary", command.summary(), 2000);
		SubjectKind kind;
		OrgUnitId place;
		String subjectName;
		boolean inChapter = true;
		if (command.member() != null) {
			MemberStanding standing = standings.on(command.member(), command.openedOn())
				.orElseThrow(() -> new BusinessRuleException("discipline.error.unknownMember"));
			inChapter = standing.chapter() != null && standing.status() != null && standing.status().inChapter();
			kind = standing.status() == MemberStatus.PROBATIONARY ? SubjectKind.PROBATIONARY_MEMBER
					: SubjectKind.FULL_MEMBER;
			place = standing.chapter() != null ? standing.chapter() : command.openedBy();
			scope.requireReach(place, "MEMBER", command.member().toString());
			subjectName = standing.name();
		}
		else {
			place = java.util.Objects.requireNonNull(command.organization());
			scope.requireReach(place, "ORG_UNIT", place.toString());
			kind = SubjectKind.ORGANIZATION;
			subjectName = units.find(place)
				.orElseThrow(() -> new BusinessRuleException("discipline.error.unknownOrganization"))
				.name();
		}
		access.requireHandler(command.openedBy());
		boolean within = units.ancestorsAndSelf(place).contains(command.openedBy());
		CaseOpenings.OPEN.enforce(new CaseOpeningFacts(command.openedOn(), LocalDate.now(clock), command.member() != null,
				inChapter, within));
		CaseId id = cases.insert(command.member() == null ? null : command.member().value(),
				command.organization() == null ? null : command.organization().value(), kind, place.value(),
				command.openedBy().value(), command.source(), summary, command.openedOn(), Actor.currentName());
		steps.record(id, "OPEN", CaseStatus.OPENED, command.openedOn(), null, "",
				"audit.text.disciplineOpened", subjectName, vn.xdd.shared.VietnameseText.date(command.openedOn()));
		return id;
	}
}
