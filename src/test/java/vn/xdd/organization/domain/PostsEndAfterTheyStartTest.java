package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class PostsEndAfterTheyStartTest {

	final PostsEndAfterTheyStart rule = new PostsEndAfterTheyStart();

	@Test
	void postsThatStartedEarlierEnd() {
		var posts = List.of(new MemberRules.Post("Bí thư chi bộ", LocalDate.of(2020, 1, 1)));
		assertThat(rule.check(new MemberRules.Leaving(LocalDate.of(2020, 1, 2), null, posts)).isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.Leaving(LocalDate.of(2020, 1, 2), null, List.of())).isAllowed()).isTrue();
	}

	@Test
	void aPostStartingThatDayOrLaterStopsTheStep() {
		var posts = List.of(new MemberRules.Post("Chi ủy viên", LocalDate.of(2019, 1, 1)),
				new MemberRules.Post("Bí thư chi bộ", LocalDate.of(2020, 1, 2)));
		var transfer = new MemberRules.Transfer(MemberStatus.FULL, new OrgUnitId(1), new OrgUnitId(2),
				LocalDate.of(2020, 1, 2), Records.TODAY, LocalDate.of(2010, 1, 1), posts);
		assertThat(rule.check(transfer))
			.isEqualTo(RuleResult.refused("member.error.positionStartsLater", "Bí thư chi bộ", LocalDate.of(2020, 1, 2)));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
