package vn.xdd.document.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.classification.ClassificationReports;
import vn.xdd.classification.ClassificationReports.Change;
import vn.xdd.classification.ClassificationReports.QuotaFlag;
import vn.xdd.classification.ClassificationReports.RoundReport;
import vn.xdd.classification.ClassificationReports.Row;
import vn.xdd.classification.ClassificationReports.TwoYears;
import vn.xdd.classification.Level;
import vn.xdd.classification.RoundId;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.Wording;
import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.content.Texts;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.Block.Cell;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The report of a classification round as BÁO CÁO kết quả đánh giá, xếp loại chất lượng tổ chức
 * đảng và đảng viên năm N: the opening citing the rule set, the table (counts and shares per level;
 * organisations by kind, members; evaluated and not evaluated), the changes made by the appraisal
 * with their reasons, the quota check and the members not completed two years running, in the words
 * of the rule set's era. A round is issued once it is published; before, its report is only previewed.
 */
@Component
public class ClassificationReportSource implements DocumentSource {

	private final ClassificationReports reports;

	private final ClassificationWords words;

	private final OrgUnits units;

	ClassificationReportSource(ClassificationReports reports, ClassificationWords words, OrgUnits units) {
		this.reports = reports;
		this.words = words;
		this.units = units;
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.CLASSIFICATION_REPORT;
	}

	/** The round's report, scope-checked by the classification module (another committee's round: not found). */
	public RoundReport report(long roundId) {
		return reports.of(new RoundId(roundId));
	}

	@Override
	public OrgUnitId issuingUnit(long sourceId) {
		return report(sourceId).unit();
	}

	@Override
	public String summary(long sourceId) {
		return summaryOf(report(sourceId));
	}

	static String summaryOf(RoundReport r) {
		return "kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm " + r.year();
	}

	@Override
	public OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature) {
		RoundReport r = report(sourceId);
		if (header.numberSymbol() != null && !r.published()) {
			throw new BusinessRuleException("documents.classification.notPublished", Integer.toString(r.year()));
		}
		Wording w = r.wording();
		String unit = Texts.nfc(r.unitName());
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph("Thực hiện " + Texts.nfc(r.citation()) + " về đánh giá, xếp loại chất lượng "
				+ "đối với tổ chức đảng, đảng viên, " + unit + " báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức "
				+ "đảng và đảng viên năm " + r.year() + " như sau:"));

		body.add(new Block.Heading(1, "I.", "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI"));
		int n = 0;
		for (SubjectKind kind : SubjectKind.values()) {
			List<Row> rows = r.rows().stream().filter(row -> row.kind() == kind).toList();
			if (!rows.isEmpty()) {
				body.add(new Block.Paragraph(++n + ". " + kindSentence(w, kind, rows)));
			}
		}
		if (r.rows().isEmpty()) {
			body.add(new Block.Paragraph("Chưa có tổ chức đảng, đảng viên nào được đánh giá, xếp loại."));
		}
		else {
			body.add(table(r));
		}

		body.add(new Block.Heading(1, "II.", "ĐIỀU CHỈNH MỨC XẾP LOẠI QUA THẨM ĐỊNH"));
		if (r.changes().isEmpty()) {
			body.add(new Block.Paragraph("Qua thẩm định, không có trường hợp nào thay đổi mức xếp loại so với mức "
					+ "tự nhận và đề xuất."));
		}
		else {
			body.add(new Block.Paragraph("Qua thẩm định, đã điều chỉnh mức xếp loại của " + r.changes().size()
					+ " trường hợp so với mức tự nhận, đề xuất:"));
			for (Change c : r.changes()) {
				body.add(new Block.Item("-", who(c.kind(), c.name(), c.unitName()), change(w, c)));
			}
		}

		String excellent = words.level(w, Level.EXCELLENT, SubjectKind.ORGANIZATION);
		String excellentMember = words.level(w, Level.EXCELLENT, SubjectKind.MEMBER);
		body.add(new Block.Heading(1, "III.", "TỶ LỆ XẾP LOẠI MỨC CAO NHẤT"));
		if (r.quota().isEmpty()) {
			body.add(new Block.Paragraph("Số tổ chức đảng được xếp loại ‘" + excellent + "’ và số đảng viên được xếp loại ‘"
					+ excellentMember + "’ không vượt tỷ lệ quy định."));
		}
		else {
			body.add(new Block.Paragraph("Các nơi sau có số được xếp loại mức cao nhất vượt tỷ lệ quy định, đề nghị "
					+ "xem xét lại trước khi công nhận:"));
			for (QuotaFlag q : r.quota()) {
				body.add(new Block.Item("-", Texts.nfc(q.groupName()) + ": ", q.excellent() + " "
						+ (q.kind() == SubjectKind.MEMBER ? "đảng viên" : "tổ chức đảng") + " được xếp loại ‘"
						+ words.level(w, Level.EXCELLENT, q.kind()) + "’ trên " + q.goodOrBetter() + " được xếp loại ‘"
						+ words.level(w, Level.GOOD, q.kind()) + "’ trở lên (vượt " + q.percent() + "%)."));
			}
		}

		String notCompleted = words.level(w, Level.NOT_COMPLETED, SubjectKind.MEMBER);
		body.add(new Block.Heading(1, "IV.", "ĐẢNG VIÊN HAI NĂM LIỀN XẾP LOẠI MỨC THẤP NHẤT"));
		if (r.twoYears().isEmpty()) {
			body.add(new Block.Paragraph("Không có đảng viên nào hai năm liền xếp loại ‘" + notCompleted + "’."));
		}
		else {
			body.add(new Block.Paragraph("Có " + r.twoYears().size() + " đảng viên hai năm liền xếp loại ‘" + notCompleted
					+ "’, đề nghị xem xét đưa ra khỏi danh sách đảng viên theo quy định của Điều lệ Đảng:"));
			for (TwoYears t : r.twoYears()) {
				body.add(new Block.Item("-", who(SubjectKind.MEMBER, t.name(), t.unitName()),
						"năm " + t.lastYear().year() + " ‘" + Texts.lowerFirst(words.message(t.lastYear().messageKey()))
								+ "’, năm " + r.year() + " ‘" + notCompleted + "’."));
			}
		}

		List<String> recipients = new ArrayList<>();
		units.find(r.unit())
			.map(OrgUnitSummary::parentId)
			.flatMap(parent -> parent == null ? java.util.Optional.empty() : units.find(parent))
			.ifPresent(parent -> recipients.add("- " + Texts.nfc(parent.name()) + " (để báo cáo),"));
		recipients.add("- Lưu Văn phòng.");
		return new OfficialDocument(header, "BÁO CÁO", summaryOf(r), body, signature, recipients);
	}

	/** ‘Tổ chức đảng: tổng số 5, được đánh giá, xếp loại 4, không đánh giá 1; trong đó: 1 hoàn thành xuất sắc…’. */
	private String kindSentence(Wording w, SubjectKind kind, List<Row> rows) {
		long evaluated = rows.stream().mapToLong(Row::evaluated).sum();
		long notEvaluated = rows.stream().mapToLong(Row::notEvaluated).sum();
		Map<Level, Long> counts = new EnumMap<>(Level.class);
		rows.forEach(row -> row.counts().forEach((level, c) -> counts.merge(level, c, Long::sum)));
		String label = kind == SubjectKind.MEMBER ? "Đảng viên" : "Tổ chức đảng";
		return label + ": tổng số " + (evaluated + notEvaluated) + ", được đánh giá, xếp loại " + evaluated
				+ ", không đánh giá " + notEvaluated + (evaluated == 0 ? "." : "; trong đó: " + words.byLevel(w, kind, counts) + ".");
	}

	/** Biểu 1: a row per kind of organisation and the members, counts and shares per level. */
	private Block.Table table(RoundReport r) {
		Wording w = r.wording();
		List<Cell> first = new ArrayList<>(List.of(Cell.header("Đối tượng", 1, 2), Cell.header("Tổng số", 1, 2),
				Cell.header("Không đánh giá", 1, 2), Cell.header("Được đánh giá", 1, 2)));
		List<Cell> second = new ArrayList<>();
		for (Level level : Level.values()) {
			first.add(Cell.header(words.header(w, level), 2, 1));
			second.add(Cell.header("SL", 1, 1));
			second.add(Cell.header("%", 1, 1));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Row row : r.rows()) {
			List<Cell> cells = new ArrayList<>(List.of(Cell.text(words.message(row.labelKey())),
					Cell.number(row.evaluated() + row.notEvaluated()), Cell.number(row.notEvaluated()),
					Cell.number(row.evaluated())));
			for (Level level : Level.values()) {
				cells.add(Cell.number(row.count(level)));
				cells.add(new Cell(row.percent(level), 1, 1, false, true));
			}
			rows.add(cells);
		}
		return new Block.Table("Biểu 1. Kết quả đánh giá, xếp loại chất lượng năm " + r.year(), List.of(first, second),
				rows);
	}

	private static String who(SubjectKind kind, String name, String unitName) {
		String n = Texts.nfc(name);
		return (kind == SubjectKind.MEMBER ? "Đồng chí " + n + " (" + Texts.nfc(unitName) + ")" : n) + ": ";
	}

	private String change(Wording w, Change c) {
		@Nullable Level from = c.proposed();
		@Nullable Level to = c.decided() != null ? c.decided() : c.appraised();
		String reason = Texts.nfc(c.reason()).strip();
		return "từ ‘" + (from == null ? "chưa tự nhận" : words.level(w, from, c.kind())) + "’ thành ‘"
				+ (to == null ? "" : words.level(w, to, c.kind())) + "’"
				+ (reason.isEmpty() ? "." : "; lý do: " + Texts.sentence(Texts.lowerFirst(reason)));
	}
}
