package vn.xdd.shared.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.rule.RuleResult.Cause;
import vn.xdd.shared.rule.RuleResult.Refused;

class RuleListTest {

	/** A request to verify a report, as a use case would hand it to its rules. */
	record Verification(String reportedBy, String verifier, String reason) {
	}

	static final class NotOwnReport implements Rule<Verification> {

		final List<Verification> seen = new ArrayList<>();

		@Override
		public RuleResult check(Verification candidate) {
			seen.add(candidate);
			return candidate.reportedBy().equals(candidate.verifier())
					? RuleResult.refusedBecauseOf(Cause.of("PLAN_REPORT", 7L), "plan.error.notVerifier")
					: RuleResult.allowed();
		}

		@Override
		public String regulation() {
			return "ADR 0009";
		}
	}

	static final class ReasonGiven implements Rule<Verification> {

		@Override
		public RuleResult check(Verification candidate) {
			return candidate.reason().isBlank() ? RuleResult.refused("plan.error.reasonRequired", "lý do")
					: RuleResult.allowed();
		}

		@Override
		public String regulation() {
			return "ADR 0009";
		}
	}

	final NotOwnReport notOwnReport = new NotOwnReport();

	final RuleList<Verification> rules = RuleList.of(notOwnReport, new ReasonGiven());

	@Test
	void allowsWhenEveryRuleAllows() {
		Verification ok = new Verification("demo.bithu", "demo.bantochuc", "Đã xem minh chứng");
		assertThat(rules.check(ok).isAllowed()).isTrue();
		assertThat(rules.allows(ok)).isTrue();
		assertThat(rules.refusals(ok)).isEmpty();
		rules.enforce(ok);
	}

	@Test
	void answersTheFirstRefusalInOrderWithItsCause() {
		Verification both = new Verification("demo.bithu", "demo.bithu", " ");
		RuleResult result = rules.check(both);
		assertThat(result).isInstanceOf(Refused.class);
		Refused refused = (Refused) result;
		assertThat(refused.messageKey()).isEqualTo("plan.error.notVerifier");
		assertThat(refused.cause()).isEqualTo(new Cause("PLAN_REPORT", "7"));
		assertThat(rules.allows(both)).isFalse();
	}

	@Test
	void listsEveryRefusalForAPageThatShowsAllThatStandsInTheWay() {
		Verification both = new Verification("demo.bithu", "demo.bithu", "");
		assertThat(rules.refusals(both)).extracting(Refused::messageKey)
			.containsExactly("plan.error.notVerifier", "plan.error.reasonRequired");
		assertThat(rules.refusals(both).get(1).arguments()).containsExactly("lý do");
	}

	@Test
	void enforcingThrowsTheRefusalWithItsMessageKeyAndArguments() {
		Verification noReason = new Verification("demo.bithu", "demo.bantochuc", "");
		assertThatThrownBy(() -> rules.enforce(noReason)).isInstanceOf(BusinessRuleException.class)
			.satisfies(e -> {
				BusinessRuleException refusal = (BusinessRuleException) e;
				assertThat(refusal.messageKey()).isEqualTo("plan.error.reasonRequired");
				assertThat(refusal.arguments()).containsExactly("lý do");
			});
	}

	@Test
	void stopsAtTheFirstRefusal() {
		rules.check(new Verification("a", "a", ""));
		rules.check(new Verification("a", "b", ""));
		assertThat(notOwnReport.seen).hasSize(2);
		RuleList<Verification> reasonFirst = RuleList.of(new ReasonGiven(), notOwnReport);
		reasonFirst.check(new Verification("a", "a", ""));
		assertThat(notOwnReport.seen).hasSize(2);
	}

	@Test
	void aRuleOfAWiderCandidateTypeJoinsTheList() {
		Rule<Object> never = new Rule<>() {
			@Override
			public RuleResult check(Object candidate) {
				return RuleResult.refused("common.notAllowed");
			}

			@Override
			public String regulation() {
				return "ADR 0011";
			}
		};
		RuleList<Verification> withWider = RuleList.of(new ReasonGiven(), never);
		assertThat(withWider.check(new Verification("a", "b", "x"))).isEqualTo(RuleResult.refused("common.notAllowed"));
	}

	@Test
	void aRefusalNeedsAMessageKeyAndKeepsItsArgumentsUnchanged() {
		assertThatThrownBy(() -> RuleResult.refused(" ")).isInstanceOf(IllegalArgumentException.class);
		Object[] arguments = { "Chi bộ thôn Đồng Tiến" };
		Refused refused = (Refused) RuleResult.refused("x.y", arguments);
		arguments[0] = "changed";
		refused.arguments()[0] = "changed too";
		assertThat(refused.arguments()).containsExactly("Chi bộ thôn Đồng Tiến");
		assertThat(RuleResult.allowed().isRefused()).isFalse();
		RuleResult.allowed().orThrow();
	}
}
