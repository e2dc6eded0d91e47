package vn.xdd.document.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.xdd.classification.ClassificationFigures;
import vn.xdd.document.DocumentKind;
import vn.xdd.document.ReportDraft;
import vn.xdd.document.classification.ClassificationWords;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.content.Texts;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.document.render.ChartRenderer;
import vn.xdd.document.report.application.ReportDrafts;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.review.ShortcomingCounts;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.UnitTally;
import vn.xdd.shared.OrgUnitId;

/**
 * The results report as BÁO CÁO: the unit's texts around the figures of the register for the
 * period (items recorded in it), in tables and charts.
 */
@Component
public class ReportDocumentSource implements DocumentSource {

	public static final String TITLE = "kết quả khắc phục hạn chế, khuyết điểm sau kiểm điểm";

	private final ReportDrafts drafts;

	private final ShortcomingCounts counts;

	private final Campaigns campaigns;

	private final OrgUnits units;

	private final ChartRenderer charts;

	private final vn.xdd.discipline.DisciplineFigures discipline;

	private final ClassificationFigures classification;

	private final ClassificationWords classificationWords;

	ReportDocumentSource(ReportDrafts drafts, ShortcomingCounts counts, Campaigns campaigns, OrgUnits units,
			ChartRenderer charts, vn.xdd.discipline.DisciplineFigures discipline, ClassificationFigures classification,
			ClassificationWords classificationWords) {
		this.discipline = discipline;
		this.classification = classification;
		this.classificationWords = classificationWords;
		this.drafts = drafts;
		this.counts = counts;
		this.campaigns = campaigns;
		this.units = units;
		this.charts = charts;
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.REMEDIATION_REPORT;
	}

	/**
	 * ‘Trong kỳ, Đảng bộ … đã thi hành kỷ luật đảng đối với 45 đảng viên (14 cảnh cáo, 31 cách chức)
	 * và 1 tổ chức đảng (1 khiển trách).’, from the discipline cases decided in the period.
	 */
	static String disciplineSentence(String unit, vn.xdd.discipline.DisciplineCounts counts) {
		if (counts.memberTotal() == 0 && counts.organizationTotal() == 0) {
			return "Trong kỳ, " + unit + " không thi hành kỷ luật đảng đối với tổ chức đảng, đảng viên nào.";
		}
		List<String> parts = new ArrayList<>();
		if (counts.memberTotal() > 0) {
			parts.add(counts.memberTotal() + " đảng viên (" + byForm(counts.members()) + ")");
		}
		if (counts.organizationTotal() > 0) {
			parts.add(counts.organizationTotal() + " tổ chức đảng (" + byForm(counts.organizations()) + ")");
		}
		return "Trong kỳ, " + unit + " đã thi hành kỷ luật đảng đối với " + String.join(" và ", parts) + ".";
	}

	/**
	 * ‘Kết quả xếp loại năm 2025 của Đảng bộ …: tổ chức đảng: 12 hoàn thành xuất sắc nhiệm vụ (20,0%),
	 * …; đảng viên: …’ in the words of that year's rule set, from the results published there; nothing
	 * when none of that year is.
	 */
	static java.util.Optional<String> classificationSentence(ClassificationWords words, String unit,
			java.util.Optional<ClassificationFigures.Counts> counts) {
		return counts.filter(c -> c.organizationTotal() > 0 || c.memberTotal() > 0).map(c -> words.sentence(unit, c));
	}

	/** The year the report's classification figures are of: the campaign's (the year it reviews), else the period's end. */
	private int year(ReportDraft draft) {
		CampaignSummary campaign = draft.campaignId() == null ? null
				: campaigns.find(new CampaignId(draft.campaignId())).orElse(null);
		return (campaign == null ? draft.periodTo() : campaign.periodTo()).getYear();
	}

	private static String byForm(java.util.Map<vn.xdd.discipline.DisciplineForm, Long> counts) {
		List<String> parts = new ArrayList<>();
		for (vn.xdd.discipline.DisciplineForm form : vn.xdd.discipline.DisciplineForm.values()) {
			long n = counts.getOrDefault(form, 0L);
			if (n > 0) {
				parts.add(n + " " + switch (form) {
					case REPRIMAND -> "khiển trách";
					case WARNING -> "cảnh cáo";
					case REMOVAL_FROM_POST -> "cách chức";
					case EXPULSION -> "khai trừ";
					case DISSOLUTION -> "giải tán";
				});
			}
		}
		return String.join(", ", parts);
	}

	@Override
	public OrgUnitId issuingUnit(long sourceId) {
		return drafts.get(sourceId).unit();
	}

	@Override
	public String summary(long sourceId) {
		return summary(drafts.get(sourceId));
	}

	static String summary(ReportDraft draft) {
		return TITLE + " (từ ngày " + Texts.day(draft.periodFrom()) + " đến ngày " + Texts.day(draft.periodTo()) + ")";
	}

	/** The figures of the draft's unit and period, from the register. */
	public ReportFigures figures(ReportDraft draft) {
		return new ReportFigures(counts.breakdown(draft.unit(), draft.periodFrom(), draft.periodTo()),
				counts.byTag(draft.unit(), draft.periodFrom(), draft.periodTo()));
	}

	@Override
	public OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature) {
		ReportDraft draft = drafts.get(sourceId);
		ReportFigures figures = figures(draft);
		ReportDraft.Texts texts = draft.texts();
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(opening(draft)));

		body.add(new Block.Heading(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH VÀ CÔNG TÁC TRIỂN KHAI"));
		body.addAll(Texts.blocks(texts.situation()));

		body.add(new Block.Heading(1, "II.", "KẾT QUẢ KHẮC PHỤC"));
		body.add(new Block.Paragraph(figures.totalsSentence()));
		body.add(figures.unitTable());
		if (!figures.byTag().isEmpty()) {
			body.add(figures.tagTable());
		}
		if (figures.byUnit().total().total() > 0) {
			body.addAll(charts(charts, figures));
		}
		body.add(new Block.Paragraph(disciplineSentence(Texts.nfc(drafts.unitName(draft.unit())),
				discipline.countsIn(draft.unit(), draft.periodFrom(), draft.periodTo()))));
		classificationSentence(classificationWords, Texts.nfc(drafts.unitName(draft.unit())),
				classification.countsOf(draft.unit(), year(draft)))
			.ifPresent(sentence -> body.add(new Block.Paragraph(sentence)));

		body.add(new Block.Heading(1, "III.", "HẠN CHẾ VÀ NGUYÊN NHÂN"));
		body.addAll(Texts.blocks(texts.limitations()));
		body.add(new Block.Heading(1, "IV.", "NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"));
		body.addAll(Texts.blocks(texts.tasksAhead()));
		body.add(new Block.Heading(1, "V.", "ĐỀ XUẤT, KIẾN NGHỊ"));
		body.addAll(Texts.blocks(texts.recommendations()));

		List<String> recipients = new ArrayList<>();
		units.find(draft.unit())
			.map(OrgUnitSummary::parentId)
			.flatMap(parent -> parent == null ? java.util.Optional.empty() : units.find(parent))
			.ifPresent(parent -> recipients.add("- " + Texts.nfc(parent.name()) + " (để báo cáo),"));
		recipients.add("- Lưu Văn phòng.");
		return new OfficialDocument(header, "BÁO CÁO", summary(draft), body, signature, recipients);
	}

	private String opening(ReportDraft draft) {
		String unit = Texts.nfc(drafts.unitName(draft.unit()));
		String period = "từ ngày " + Texts.day(draft.periodFrom()) + " đến ngày " + Texts.day(draft.periodTo());
		CampaignSummary campaign = draft.campaignId() == null ? null
				: campaigns.find(new CampaignId(draft.campaignId())).orElse(null);
		return (campaign == null ? "" : "Thực hiện " + Texts.nfc(campaign.name()) + ", ") + unit
				+ " báo cáo kết quả khắc phục hạn chế, khuyết điểm " + period + " như sau:";
	}

	private static List<Block> charts(ChartRenderer renderer, ReportFigures figures) {
		// The chart shows the units that have items (the table lists every unit): up to the
		// fifteen with the most, so that each bar stays readable on the page.
		List<String> names = new ArrayList<>();
		List<ShortcomingTally> tallies = new ArrayList<>();
		if (figures.byUnit().own().tally().total() > 0) {
			names.add(figures.byUnit().name() + " (cấp mình)");
			tallies.add(figures.byUnit().own().tally());
		}
		figures.byUnit().children().stream()
			.filter(child -> child.tally().total() > 0)
			.sorted(java.util.Comparator.comparingLong((UnitTally child) -> child.tally().total()).reversed())
			.limit(names.isEmpty() ? 15 : 14)
			.forEach(child -> {
				names.add(child.name());
				tallies.add(child.tally());
			});
		List<ChartRenderer.Series> series = List.of(
				new ChartRenderer.Series(ReportFigures.RESULT_COLUMNS.get(0), tallies.stream().map(ShortcomingTally::verified).toList()),
				new ChartRenderer.Series(ReportFigures.RESULT_COLUMNS.get(1), tallies.stream().map(ShortcomingTally::reported).toList()),
				new ChartRenderer.Series(ReportFigures.RESULT_COLUMNS.get(2),
						tallies.stream().map(t -> t.inProgress() + t.returned()).toList()),
				new ChartRenderer.Series(ReportFigures.RESULT_COLUMNS.get(3), tallies.stream().map(ShortcomingTally::open).toList()));
		String byUnit = "Biểu đồ 1. Tình hình khắc phục theo đơn vị";
		String share = "Biểu đồ 2. Tỷ lệ đã khắc phục được xác nhận";
		ShortcomingTally total = figures.byUnit().total();
		// The caption names the chart under the picture, as documents do: no title inside the picture.
		return List.of(new Block.Chart(byUnit, renderer.statusByUnit("", names, series), 160),
				new Block.Chart(share, renderer.shareRemedied("", total.verified(), total.total() - total.verified()), 100));
	}
}
