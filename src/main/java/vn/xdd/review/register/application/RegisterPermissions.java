package vn.xdd.review.register.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle.Recording;
import vn.xdd.review.register.domain.ShortcomingLifeCycle.Step;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/**
 * The facts the register’s rules judge, from the user’s grants and the organisation tree: the
 * candidates of {@link ShortcomingLifeCycle}’s lists (the rules themselves are in the domain
 * package).
 */
@Component
public class RegisterPermissions {

	private final AccessScope scope;

	private final OrgUnits units;

	public RegisterPermissions(AccessScope scope, OrgUnits units) {
		this.scope = scope;
		this.units = units;
	}

	/** The user’s roles, as the rules ask them. */
	ShortcomingLifeCycle.Roles roles() {
		return scope::hasRoleAt;
	}

	/** A step of the user on the item, to the given status, before the user wrote anything. */
	Step step(ShortcomingRow row, ShortcomingStatus to) {
		OrgUnitId holder = new OrgUnitId(row.holderUnitId());
		@Nullable OrgUnitId parent = units.find(holder).map(OrgUnitSummary::parentId).orElse(null);
		return new Step(holder, parent, roles(), row.status(), to, null, 0);
	}

	/** The same step with what the user wrote and attached. */
	Step step(ShortcomingRow row, ShortcomingStatus to, @Nullable String note, int files) {
		return step(row, to).with(note, files);
	}

	/** What the user may do with the item, from the same lists the use cases enforce. */
	public ShortcomingActions actions(ShortcomingRow row) {
		boolean verify = ShortcomingLifeCycle.VERIFY.allows(step(row, ShortcomingStatus.VERIFIED));
		return new ShortcomingActions(ShortcomingLifeCycle.START.allows(step(row, ShortcomingStatus.IN_PROGRESS)),
				ShortcomingLifeCycle.REPORT_OFFERED.allows(step(row, ShortcomingStatus.REPORTED)),
				ShortcomingLifeCycle.EVIDENCE_OFFERED.allows(step(row, row.status())), verify,
				ShortcomingLifeCycle.RETURN_OFFERED.allows(step(row, ShortcomingStatus.RETURNED)),
				ShortcomingLifeCycle.CLOSE.allows(step(row, ShortcomingStatus.CLOSED)),
				row.status() == ShortcomingStatus.REPORTED && !verify);
	}

	Recording recording(OrgUnitId holderUnit) {
		return new Recording(holderUnit, roles());
	}

	/**
	 * Who reads a unit's register: every working role (not a plain member: the register names
	 * other members' shortcomings), the rule of a unit's records in ADR 0014.
	 */
	public boolean mayRead(OrgUnitId unit) {
		return Visibility.COLLECTIVE.allows(Sight.ofUnit(Reader.of(scope), unit));
	}

	/**
	 * Who reads one item: a member's item as his review ({@link Visibility#INDIVIDUAL}: the member,
	 * the secretaries and the boards), a collective's as its unit's register.
	 */
	public boolean mayReadItem(ShortcomingRow row) {
		Long member = row.holderMemberId();
		OrgUnitId unit = new OrgUnitId(row.holderUnitId());
		Reader reader = Reader.of(scope);
		return member == null ? Visibility.COLLECTIVE.allows(Sight.ofUnit(reader, unit))
				: Visibility.INDIVIDUAL.allows(Sight.ofMember(reader, unit, member));
	}

	/**
	 * Whether a listing of the unit may show its members' items: the reader is one of
	 * {@link Visibility#INDIVIDUAL_READERS} there (the members' own items are on their reviews).
	 */
	public boolean readsIndividualsAt(OrgUnitId unit) {
		return Visibility.readsIndividualsAt(Reader.of(scope), unit);
	}

	/** Whether the user may enter items for the unit: what the list page asks before its button. */
	public boolean mayRecord(OrgUnitId unit) {
		return ShortcomingLifeCycle.RECORD.allows(recording(unit));
	}
}
