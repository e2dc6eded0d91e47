package vn.xdd.classification;

/**
 * The words of the levels: TSVM for the rule sets of 2008–2017 (trong sạch, vững mạnh… / đủ tư
 * cách…), HTNV since 2018 (hoàn thành xuất sắc nhiệm vụ…).
 */
public enum Wording {
	TSVM, HTNV;

	/** The message of a level for a subject in these words. */
	public String messageKey(Level level, SubjectKind subject) {
		return "classificationLevel." + name() + "." + subject.name() + "." + level.name();
	}
}
