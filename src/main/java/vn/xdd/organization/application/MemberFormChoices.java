package vn.xdd.organization.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.persistence.JdbcOrgUnits;

/** The units the member forms offer: only those where the user may change member records, existing today. */
@Component
public class MemberFormChoices {

	private final JdbcOrgUnits units;

	private final MemberAccess access;

	private final Clock clock;

	public MemberFormChoices(JdbcOrgUnits units, MemberAccess access, Clock clock) {
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	/** Chapters a member may be registered in or transferred to. */
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> chapters() {
		Set<String> chapterTypes = units.memberHoldingTypes();
		return open().stream().filter(u -> chapterTypes.contains(u.typeCode())).toList();
	}

	/** Units where a position may be held (committees, chapters, agencies). */
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> positionUnits() {
		return open();
	}

	private List<OrgUnitSummary> open() {
		LocalDate today = LocalDate.now(clock);
		return units.subtrees(access.editableRoots()).stream().filter(u -> u.activeOn(today)).toList();
	}
}
