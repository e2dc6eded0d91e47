package vn.xdd.shared.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** The rules of visibility on their own: a reader holding given roles at a chapter, or above it. */
class VisibilityRulesTest {

	static final OrgUnitId CHAPTER = new OrgUnitId(10);

	static final OrgUnitId OTHER_CHAPTER = new OrgUnitId(11);

	/** A reader with the roles at {@link #CHAPTER} only, linked to member {@code own} if given. */
	static Reader reader(Set<Role> roles, @Nullable Long own) {
		return new Reader() {

			@Override
			public boolean hasRoleAt(Role role, OrgUnitId unit) {
				return unit.equals(CHAPTER) && roles.contains(role);
			}

			@Override
			public Optional<Long> ownMemberId() {
				return Optional.ofNullable(own);
			}
		};
	}

	@Test
	void aMembersRecordIsReadByHimTheSecretaryAndTheBoardsOnly() {
		var rule = new IndividualSeenByPersonSecretariesAndBoards();
		assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(Role.MEMBER), 7L), CHAPTER, 7)).isAllowed()).isTrue();
		assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(Role.MEMBER), 8L), CHAPTER, 7)).isRefused()).isTrue();
		assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(Role.MEMBER), null), CHAPTER, 7)).isRefused()).isTrue();
		for (Role reads : EnumSet.of(Role.SECRETARY, Role.LEADERSHIP, Role.ORGANIZATION_BOARD, Role.INSPECTION,
				Role.PROPAGANDA)) {
			assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(reads), null), CHAPTER, 7)).isAllowed()).as(reads.name())
				.isTrue();
			assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(reads), null), OTHER_CHAPTER, 7)).isRefused())
				.as(reads.name())
				.isTrue();
		}
		assertThat(rule.check(Sight.ofMember(reader(EnumSet.of(Role.OFFICE, Role.ADMIN), null), CHAPTER, 7)).isRefused())
			.isTrue();
		assertThat(rule.regulation()).contains("ADR 0014");
	}

	@Test
	void aUnitsRecordIsReadByEveryWorkingRoleButNotByAPlainMember() {
		var rule = new UnitRecordSeenByWorkingRoles();
		for (Role role : Visibility.WORKING_ROLES) {
			assertThat(rule.check(Sight.ofUnit(reader(EnumSet.of(role), null), CHAPTER)).isAllowed()).as(role.name())
				.isTrue();
		}
		assertThat(rule.check(Sight.ofUnit(reader(EnumSet.of(Role.MEMBER), 7L), CHAPTER)).isRefused()).isTrue();
		assertThat(rule.check(Sight.ofUnit(reader(EnumSet.of(Role.SECRETARY), null), OTHER_CHAPTER)).isRefused()).isTrue();
		assertThat(Visibility.WORKING_ROLES).doesNotContain(Role.MEMBER).hasSize(Role.values().length - 1);
	}
}
