package vn.xdd.document.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineCounts;
import vn.xdd.discipline.DisciplineForm;

/** The results report's sentence on discipline, as a district wrote it in 2013. */
class DisciplineSentenceTest {

	static final LocalDate FROM = LocalDate.of(2013, 1, 1);

	static final LocalDate UNTIL = LocalDate.of(2013, 12, 31);

	@Test
	void theFiguresByFormLightestFirst() {
		DisciplineCounts counts = new DisciplineCounts(FROM, UNTIL, Map.of(DisciplineForm.REPRIMAND, 1L),
				Map.of(DisciplineForm.REMOVAL_FROM_POST, 31L, DisciplineForm.WARNING, 14L));
		assertThat(ReportDocumentSource.disciplineSentence("Huyện ủy Hữu Lũng", counts)).isEqualTo(
				"Trong kỳ, Huyện ủy Hữu Lũng đã thi hành kỷ luật đảng đối với 45 đảng viên (14 cảnh cáo, 31 cách chức)"
						+ " và 1 tổ chức đảng (1 khiển trách).");
	}

	@Test
	void noDisciplineIsSaidSo() {
		assertThat(ReportDocumentSource.disciplineSentence("Chi bộ A", new DisciplineCounts(FROM, UNTIL, Map.of(), Map.of())))
			.isEqualTo("Trong kỳ, Chi bộ A không thi hành kỷ luật đảng đối với tổ chức đảng, đảng viên nào.");
	}
}
