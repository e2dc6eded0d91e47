package vn.xdd.document.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.xdd.classification.ClassificationFigures.Counts;
import vn.xdd.classification.Level;
import vn.xdd.classification.Wording;
import vn.xdd.document.classification.ClassificationWords;

/**
 * The results report's sentence on the year's classification, in the words of the year's rule set
 * (the application's own messages): a 2025 year says hoàn thành xuất sắc nhiệm vụ, a 2012 year
 * trong sạch, vững mạnh and đủ tư cách; a year with nothing published says nothing.
 */
class ClassificationSentenceTest {

	final ClassificationWords words = new ClassificationWords(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void aYearUnderTheRulesOf2025() {
		Counts counts = new Counts(2025, Wording.HTNV,
				Map.of(Level.EXCELLENT, 12L, Level.GOOD, 40L, Level.COMPLETED, 7L, Level.NOT_COMPLETED, 1L),
				Map.of(Level.EXCELLENT, 90L, Level.GOOD, 700L, Level.COMPLETED, 100L, Level.NOT_COMPLETED, 10L), 3);
		assertThat(ReportDocumentSource.classificationSentence(words, "Đảng bộ xã Hữu Liên", Optional.of(counts)))
			.contains("Kết quả xếp loại năm 2025 của Đảng bộ xã Hữu Liên: tổ chức đảng: 12 hoàn thành xuất sắc nhiệm vụ"
					+ " (20,0%), 40 hoàn thành tốt nhiệm vụ (66,7%), 7 hoàn thành nhiệm vụ (11,7%), 1 không hoàn thành"
					+ " nhiệm vụ (1,7%); đảng viên: 90 hoàn thành xuất sắc nhiệm vụ (10,0%), 700 hoàn thành tốt nhiệm vụ"
					+ " (77,8%), 100 hoàn thành nhiệm vụ (11,1%), 10 không hoàn thành nhiệm vụ (1,1%); 3 đảng viên"
					+ " không được đánh giá, xếp loại.");
	}

	@Test
	void aYearUnderTheRulesOf2012SaysTrongSachVungManh() {
		Counts counts = new Counts(2012, Wording.TSVM, Map.of(Level.EXCELLENT, 3L, Level.GOOD, 1L),
				Map.of(Level.EXCELLENT, 5L, Level.GOOD, 10L, Level.COMPLETED, 4L, Level.NOT_COMPLETED, 1L), 0);
		assertThat(ReportDocumentSource.classificationSentence(words, "Huyện ủy Hữu Lũng", Optional.of(counts)))
			.contains("Kết quả xếp loại năm 2012 của Huyện ủy Hữu Lũng: tổ chức đảng: 3 trong sạch, vững mạnh (75,0%),"
					+ " 1 hoàn thành tốt nhiệm vụ (25,0%), 0 hoàn thành nhiệm vụ (0,0%), 0 yếu kém (0,0%); đảng viên:"
					+ " 5 đủ tư cách, hoàn thành xuất sắc nhiệm vụ (25,0%), 10 đủ tư cách, hoàn thành tốt nhiệm vụ"
					+ " (50,0%), 4 đủ tư cách, hoàn thành nhiệm vụ (20,0%), 1 vi phạm tư cách hoặc không hoàn thành"
					+ " nhiệm vụ (5,0%).");
	}

	@Test
	void noResultPublishedThatYearSaysNothing() {
		assertThat(ReportDocumentSource.classificationSentence(words, "Chi bộ A", Optional.empty())).isEmpty();
		assertThat(ReportDocumentSource.classificationSentence(words, "Chi bộ A",
				Optional.of(new Counts(2025, Wording.HTNV, Map.of(), Map.of(), 0)))).isEmpty();
	}
}
