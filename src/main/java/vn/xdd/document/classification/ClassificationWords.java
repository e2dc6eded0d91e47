package vn.xdd.document.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.xdd.classification.ClassificationFigures;
import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.Wording;
import vn.xdd.document.content.Texts;

/**
 * The words of the levels in the documents, always in Vietnamese and in the words of the rule set's
 * era (a 2012 result of an organisation is ‘trong sạch, vững mạnh’, a 2025 one ‘hoàn thành xuất sắc
 * nhiệm vụ’), from the same messages the classification pages show.
 */
@Component
public class ClassificationWords {

	static final Locale VI = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	public ClassificationWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The level for the subject, lower case as it is written inside a sentence: ‘hoàn thành tốt nhiệm vụ’. */
	public String level(Wording wording, Level level, SubjectKind subject) {
		return Texts.lowerFirst(message(wording.messageKey(level, subject)));
	}

	/** The level as the table's column heads it, for organisations and members together. */
	public String header(Wording wording, Level level) {
		return message("classificationLevelHeader." + wording.name() + "." + level.name());
	}

	public String message(String key) {
		String text = messages.getMessage(key, null, key, VI);
		return Texts.nfc(text == null ? key : text);
	}

	/** ‘12 hoàn thành xuất sắc nhiệm vụ (20,0%), 40 hoàn thành tốt nhiệm vụ (66,7%), …’: every level, best first. */
	public String byLevel(Wording wording, SubjectKind subject, Map<Level, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		List<String> parts = new ArrayList<>();
		for (Level level : Level.values()) {
			long n = counts.getOrDefault(level, 0L);
			parts.add(n + " " + level(wording, level, subject) + " (" + percent(n, total) + "%)");
		}
		return String.join(", ", parts);
	}

	/** The share with one decimal and a comma, as the official tables write it: 20,0. */
	public static String percent(long part, long whole) {
		return whole == 0 ? "0,0" : String.format(Locale.ROOT, "%.1f", part * 100.0 / whole).replace('.', ',');
	}

	/**
	 * ‘Kết quả xếp loại năm 2025 của Đảng bộ X: tổ chức đảng: 12 hoàn thành xuất sắc nhiệm vụ (20,0%),
	 * …; đảng viên: …; 2 đảng viên không được đánh giá, xếp loại.’
	 */
	public String sentence(String unit, ClassificationFigures.Counts counts) {
		List<String> parts = new ArrayList<>();
		if (counts.organizationTotal() > 0) {
			parts.add("tổ chức đảng: " + byLevel(counts.wording(), SubjectKind.ORGANIZATION, counts.organizations()));
		}
		if (counts.memberTotal() > 0) {
			parts.add("đảng viên: " + byLevel(counts.wording(), SubjectKind.MEMBER, counts.members()));
		}
		if (counts.notEvaluated() > 0) {
			parts.add(counts.notEvaluated() + " đảng viên không được đánh giá, xếp loại");
		}
		return "Kết quả xếp loại năm " + counts.year() + " của " + unit + ": " + String.join("; ", parts) + ".";
	}
}
