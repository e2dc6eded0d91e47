package vn.xdd.shared.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class LabelTest {

	@Test
	void aLabelArgumentIsRenderedInTheReadersLanguage() {
		StaticMessageSource messages = new StaticMessageSource();
		Locale vi = Locale.forLanguageTag("vi");
		messages.addMessage("disciplineForm.WARNING", vi, "Cảnh cáo");
		messages.addMessage("discipline.term.months", vi, "{0} tháng");
		messages.addMessage("rule.refused", vi, "Hình thức {0}, thời hiệu {1}");
		RuleResult.Refused refused = (RuleResult.Refused) RuleResult.refused("rule.refused", Label.of("disciplineForm.WARNING"),
				Label.of("discipline.term.months", 120));
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), vi))
				.isEqualTo("Hình thức Cảnh cáo, thời hiệu 120 tháng");
	}

	@Test
	void labelsWithTheSameKeyAndArgumentsAreEqual() {
		assertThat(Label.of("a", 1)).isEqualTo(Label.of("a", 1)).isNotEqualTo(Label.of("a", 2));
	}
}
