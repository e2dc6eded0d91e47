package vn.xdd.document.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.content.Texts;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.remediation.PlanContent;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.PlanSummary;
import vn.xdd.remediation.Plans;
import vn.xdd.review.CampaignSummary;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * A remediation plan as KẾ HOẠCH: the purpose, the solution groups with their tasks (who leads,
 * who takes part, by when, what comes out of it), how it is carried out, and where it goes.
 */
@Component
public class PlanDocumentSource implements DocumentSource {

	static final String RECORD_TYPE = "REMEDIATION_PLAN";

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final Plans plans;

	private final Campaigns campaigns;

	private final vn.xdd.remediation.PlanNumbering numbering;

	PlanDocumentSource(Plans plans, Campaigns campaigns, vn.xdd.remediation.PlanNumbering numbering) {
		this.numbering = numbering;
		this.plans = plans;
		this.campaigns = campaigns;
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.REMEDIATION_PLAN;
	}

	@Override
	public OrgUnitId issuingUnit(long sourceId) {
		return plan(sourceId).issuingUnit();
	}

	/** The plan's title as a trích yếu: without a leading "Kế hoạch", starting lower-case. */
	@Override
	public String summary(long sourceId) {
		return summaryOf(plan(sourceId).title());
	}

	static String summaryOf(String title) {
		String s = Texts.nfc(title.strip());
		if (s.toLowerCase(VI).startsWith("kế hoạch ")) {
			s = s.substring("kế hoạch ".length());
		}
		return Texts.lowerFirst(s);
	}

	@Override
	public void issued(long sourceId, String numberSymbol, java.time.LocalDate issuedOn) {
		numbering.recordIssuedNumber(new vn.xdd.remediation.PlanId(sourceId), numberSymbol, issuedOn);
	}

	@Override
	public OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature) {
		PlanContent content = plans.content(new PlanId(sourceId))
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE, Long.toString(sourceId)));
		PlanSummary plan = content.plan();
		String summary = summaryOf(plan.title());
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(opening(plan, summary)));

		body.add(new Block.Heading(1, "I.", "MỤC ĐÍCH, YÊU CẦU"));
		body.add(new Block.Paragraph("1. Khắc phục triệt để, có hiệu quả các hạn chế, khuyết điểm đã được chỉ ra qua "
				+ "kiểm điểm, kiểm tra, giám sát; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và "
				+ "chất lượng đội ngũ cán bộ, đảng viên."));
		body.add(new Block.Paragraph("2. Mỗi nhiệm vụ phải rõ người, rõ việc, rõ thời hạn, rõ trách nhiệm và rõ sản "
				+ "phẩm; kết quả khắc phục phải được cấp trên xác nhận, báo cáo đúng thời gian quy định."));

		body.add(new Block.Heading(1, "II.", "NHÓM GIẢI PHÁP VÀ NHIỆM VỤ"));
		int number = 0;
		for (PlanContent.Group group : content.groups()) {
			body.add(new Block.Heading(2, ++number + ".", Texts.nfc(group.title())));
			for (PlanContent.Task task : group.tasks()) {
				body.add(new Block.Item("-", Texts.sentence(task.text()), details(task)));
			}
		}

		body.add(new Block.Heading(1, "III.", "TỔ CHỨC THỰC HIỆN"));
		List<String> targets = content.targets().stream().map(t -> Texts.nfc(t.name())).toList();
		String who = targets.isEmpty() ? "Các tổ chức đảng trực thuộc" : String.join(", ", targets);
		body.add(new Block.Paragraph("1. " + who + " căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, phân công "
				+ "thực hiện từng nhiệm vụ; định kỳ hằng tháng, hằng quý báo cáo tiến độ, kết quả khắc phục kèm "
				+ "minh chứng về " + Texts.nfc(plan.issuingUnitName()) + "."));
		body.add(new Block.Paragraph("2. Văn phòng giúp theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, "
				+ "tham mưu xác nhận kết quả khắc phục và báo cáo theo quy định."));

		List<String> recipients = new ArrayList<>();
		for (String target : targets) {
			recipients.add("- " + target + ",");
		}
		recipients.add("- Lưu Văn phòng.");
		return new OfficialDocument(header, "KẾ HOẠCH", summary, body, signature, recipients);
	}

	private String opening(PlanSummary plan, String summary) {
		String unit = Texts.nfc(plan.issuingUnitName());
		CampaignSummary campaign = plan.campaign() == null ? null : campaigns.find(plan.campaign()).orElse(null);
		if (campaign != null) {
			return "Thực hiện " + Texts.nfc(campaign.name()) + " (từ ngày " + Texts.day(campaign.periodFrom())
					+ " đến ngày " + Texts.day(campaign.periodTo()) + "), căn cứ các hạn chế, khuyết điểm đã được chỉ ra "
					+ "qua kiểm điểm, " + unit + " xây dựng Kế hoạch " + summary + " như sau:";
		}
		return "Căn cứ các hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm, kiểm tra, giám sát, " + unit
				+ " xây dựng Kế hoạch " + summary + " như sau:";
	}

	/** Chủ trì: …; phối hợp: …; thời hạn: 30/06/2026 (or hằng tháng, hằng quý); sản phẩm: …. */
	static String details(PlanContent.Task task) {
		List<String> parts = new ArrayList<>();
		String lead = task.leadUnitName() != null ? task.leadUnitName() : task.leadPerson();
		parts.add("Chủ trì: " + (lead == null ? "chưa phân công" : Texts.nfc(lead)));
		if (!task.coordinatorNames().isEmpty()) {
			parts.add("phối hợp: " + Texts.nfc(String.join(", ", task.coordinatorNames())));
		}
		parts.add("thời hạn: " + switch (task.repeat()) {
			case MONTHLY -> "hằng tháng";
			case QUARTERLY -> "hằng quý";
			case NONE -> task.deadline() == null ? "chưa xác định" : Texts.day(task.deadline());
		});
		if (!task.expectedOutput().isBlank()) {
			parts.add("sản phẩm: " + Texts.lowerFirst(task.expectedOutput()));
		}
		return Texts.sentence(String.join("; ", parts));
	}

	private PlanSummary plan(long sourceId) {
		return plans.find(new PlanId(sourceId))
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE, Long.toString(sourceId)));
	}
}
