package vn.xdd.classification;

/** The grade of one criterion under QĐ 124 (2023–2024). Labels: {@code classificationGrade.<NAME>}. */
public enum Grade {
	EXCELLENT, GOOD, AVERAGE, POOR;

	public String messageKey() {
		return "classificationGrade." + name();
	}
}
