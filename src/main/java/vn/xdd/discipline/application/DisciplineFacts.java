package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.DisciplineRuleSet;
import vn.xdd.discipline.domain.ProposedDiscipline;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Loads what the discipline rules judge a case by: the subject's standing on the day (probationary
 * or full, posts held, committee member of his chapter), the deciding body's place above the
 * subject, the rule set in force on the day and the authority table.
 */
@Component
class DisciplineFacts {

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	private final MemberStandings standings;

	private final OrgUnits units;

	DisciplineFacts(JdbcDisciplineCases cases, JdbcDisciplineRules rules, MemberStandings standings, OrgUnits units) {
		this.cases = cases;
		this.rules = rules;
		this.standings = standings;
		this.units = units;
	}

	/** The proposal of the form for the case, to be decided by the body on the day. */
	ProposedDiscipline proposal(DisciplineCase of, DisciplineForm form, OrgUnitId decidedBy, LocalDate day) {
		SubjectKind kind = of.subjectKind();
		boolean holdsPost = false;
		boolean committeeMember = false;
		OrgUnitId place = new OrgUnitId(of.subjectUnitId());
		if (of.memberId() != null) {
			MemberStanding standing = standings.on(new MemberId(of.memberId()), day)
				.orElseThrow(() -> new BusinessRuleException("discipline.error.subjectNotMember"));
			kind = standing.probationary() ? SubjectKind.PROBATIONARY_MEMBER : SubjectKind.FULL_MEMBER;
			holdsPost = standing.holdsPost();
			committeeMember = standing.committeeOfOwnChapter();
			if (standing.chapter() != null) {
				place = standing.chapter();
			}
		}
		List<OrgUnitId> above = units.ancestorsAndSelf(place);
		int levels = above.indexOf(decidedBy);
		if (levels < 0) {
			throw new BusinessRuleException("discipline.error.bodyNotAbove");
		}
		return new ProposedDiscipline(kind, holdsPost, committeeMember, form, cases.violations(of.id()),
				ruleSet(kind, day), levels, rules.authority(), day);
	}

	DisciplineRuleSet ruleSet(SubjectKind kind, LocalDate day) {
		return rules.ruleSets()
			.forDecision(kind, day)
			.orElseThrow(() -> new BusinessRuleException("discipline.error.noRuleSet",
					vn.xdd.shared.VietnameseText.date(day)));
	}
}
