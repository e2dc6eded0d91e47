package vn.xdd.classification.application;

import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.domain.RuleSet;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberStanding;
import vn.xdd.organization.MemberStandings;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.Label;

/**
 * The organisation board enters an earlier year's result from the records (paper, Excel): the rule
 * set is the one governing the year, so the result reads in the words of its time. One result per
 * subject and year; a round's result is never overwritten this way.
 */
@Service
public class EnterPastResult {

	private final JdbcClassification store;

	private final MemberStandings standings;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Steps steps;

	private final java.time.Clock clock;

	EnterPastResult(JdbcClassification store, MemberStandings standings, OrgUnits units, AccessScope scope, Steps steps,
			java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.standings = standings;
		this.units = units;
		this.scope = scope;
		this.steps = steps;
	}

	/** A member's result of a year, placed in the chapter he belonged to at that year's end. */
	@Transactional
	public void enterForMember(MemberId member, int year, Level level, String note, String source) {
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		MemberStanding standing = standings.on(member, yearEnd)
			.orElseThrow(() -> new BusinessRuleException("classification.error.unknownMember"));
		OrgUnitId chapter = standing.chapter();
		if (chapter == null) {
			throw new BusinessRuleException("classification.error.noChapterThatYear", standing.name(), String.valueOf(year));
		}
		enter(SubjectKind.MEMBER, member, chapter, standing.name(), year, level, false, note, source);
	}

	/** An organisation's result of a year. */
	@Transactional
	public void enterForOrganization(OrgUnitId unit, int year, Level level, boolean outstanding, String note,
			String source) {
		String name = units.find(unit).map(u -> u.name())
			.orElseThrow(() -> new BusinessRuleException("classification.error.unknownOrganization"));
		enter(SubjectKind.ORGANIZATION, null, unit, name, year, level, outstanding, note, source);
	}

	private void enter(SubjectKind kind, @org.jspecify.annotations.Nullable MemberId member, OrgUnitId unit, String name,
			int year, Level level, boolean outstanding, String note, String source) {
		scope.requireReach(unit, kind == SubjectKind.MEMBER ? "MEMBER" : "ORG_UNIT",
				member != null ? member.toString() : unit.toString());
		if (!scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit)) {
			throw new AccessDeniedException("only the organisation board enters past classification results");
		}
		RuleSet rules = RuleSet.forYear(store.ruleSets(), year)
			.orElseThrow(() -> new BusinessRuleException("classification.error.noRuleSet", String.valueOf(year)));
		if (year >= LocalDate.now(clock).getYear() + 1) {
			throw new BusinessRuleException("classification.error.futureYear", String.valueOf(year));
		}
		String text = Texts.optional("classification.field.note", note, 500);
		if (store.resultExists(kind, member, unit, year)) {
			throw new BusinessRuleException("classification.error.resultExists", name, String.valueOf(year));
		}
		boolean sub = outstanding && level == Level.EXCELLENT && rules.wording() == vn.xdd.classification.Wording.TSVM;
		store.insertResult(kind, member, unit, year, rules.code(), level, sub, source, null, text, Actor.currentName());
		steps.publish("CLASSIFICATION_RESULT", member != null ? member.toString() : unit.toString(), "ENTER",
				"audit.text.classificationEntered", String.valueOf(year), name,
				Label.of(rules.wording().messageKey(level, kind)));
	}
}
