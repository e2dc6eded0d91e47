package vn.xdd.review.register.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle.Roles;
import vn.xdd.review.register.domain.ShortcomingLifeCycle.Step;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** District above chapter: the chapter holds the item. A role at a unit counts at the units below it. */
final class Steps {

	static final OrgUnitId DISTRICT = new OrgUnitId(10);

	static final OrgUnitId CHAPTER = new OrgUnitId(20);

	private Steps() {
	}

	static Roles holding(Role role, OrgUnitId at) {
		return (r, unit) -> r == role && (unit.equals(at) || (unit.equals(CHAPTER) && at.equals(DISTRICT)));
	}

	static Roles none() {
		return (r, unit) -> false;
	}

	static Step onChaptersItem(Roles roles, ShortcomingStatus from, ShortcomingStatus to) {
		return new Step(CHAPTER, DISTRICT, roles, from, to, null, 0);
	}

	static Step onChaptersItem(Roles roles, ShortcomingStatus from, ShortcomingStatus to, @Nullable String note,
			int files) {
		return new Step(CHAPTER, DISTRICT, roles, from, to, note, files);
	}
}
