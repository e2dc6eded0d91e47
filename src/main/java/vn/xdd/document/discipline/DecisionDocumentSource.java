package vn.xdd.document.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.DecisionContent;
import vn.xdd.discipline.DisciplineDecisions;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.content.Texts;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.shared.OrgUnitId;

/**
 * A discipline decision as QUYẾT ĐỊNH về việc thi hành kỷ luật (Hướng dẫn 36-HD/VPTW layout): the
 * grounds (the Party Charter, the regulation the case was judged under, the conclusion of the body),
 * then Điều 1 (the form, the person and his violations), Điều 2 (effect from signing) and Điều 3
 * (who carries it out); the register gives it its number, which the case then carries.
 */
@Component
public class DecisionDocumentSource implements DocumentSource {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final DisciplineDecisions decisions;

	DecisionDocumentSource(DisciplineDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.DISCIPLINE_DECISION;
	}

	@Override
	public OrgUnitId issuingUnit(long sourceId) {
		return decisions.content(new CaseId(sourceId)).decidedBy();
	}

	/** ‘về việc thi hành kỷ luật đối với đảng viên Nguyễn Văn A’. */
	@Override
	public String summary(long sourceId) {
		return summaryOf(decisions.content(new CaseId(sourceId)));
	}

	static String summaryOf(DecisionContent decision) {
		return "về việc thi hành kỷ luật đối với " + subject(decision);
	}

	/** The number the decision already carries (typed from the archive, or given by the register), or null. */
	public @org.jspecify.annotations.Nullable String numberOf(long sourceId) {
		return decisions.content(new CaseId(sourceId)).decisionNumber();
	}

	@Override
	public void issued(long sourceId, String numberSymbol, LocalDate issuedOn) {
		decisions.recordIssuedNumber(new CaseId(sourceId), numberSymbol, issuedOn);
	}

	@Override
	public OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature) {
		DecisionContent d = decisions.content(new CaseId(sourceId));
		String body = Texts.nfc(d.decidedByName());
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
		if (!d.ruleSetCitation().isBlank()) {
			blocks.add(new Block.Paragraph("- Căn cứ " + Texts.nfc(d.ruleSetCitation())
					+ " về xử lý kỷ luật tổ chức đảng và đảng viên vi phạm;"));
		}
		String vote = d.vote() == null ? ""
				: " (" + d.vote().inFavour() + "/" + d.vote().members() + " thành viên biểu quyết tán thành)";
		blocks.add(new Block.Paragraph("- Xét kết luận của " + body + " ngày " + Texts.day(d.decidedOn()) + vote
				+ " và đề nghị của Ủy ban Kiểm tra,"));
		blocks.add(new Block.Heading(1, "", Texts.nfc(body).toUpperCase(VI) + " QUYẾT ĐỊNH:"));
		blocks.add(new Block.Paragraph("Điều 1. Thi hành kỷ luật bằng hình thức " + formWords(d.form()) + " đối với "
				+ subject(d) + details(d) + ", vì đã có vi phạm:"));
		for (String violation : d.violations()) {
			blocks.add(new Block.Item("-", null, Texts.sentence(violation)));
		}
		blocks.add(new Block.Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Tổ chức đảng, đảng viên bị "
				+ "kỷ luật có quyền khiếu nại trong thời hạn một tháng kể từ ngày nhận quyết định; trong thời gian khiếu "
				+ "nại vẫn phải chấp hành quyết định."));
		blocks.add(new Block.Paragraph("Điều 3. Các tổ chức đảng có liên quan và "
				+ (d.subject() == SubjectKind.ORGANIZATION ? "tổ chức đảng" : "đồng chí") + " có tên tại Điều 1 chịu trách "
				+ "nhiệm thi hành Quyết định này."));
		List<String> recipients = List.of("- Như Điều 3,", "- Ủy ban Kiểm tra cấp trên,", "- Lưu hồ sơ kỷ luật.");
		SignatureBlock signed = d.signatory().isBlank() ? signature
				: new SignatureBlock(signature.authority(), signature.signerTitle(), Texts.nfc(d.signatory()));
		return new OfficialDocument(header, "QUYẾT ĐỊNH", summaryOf(d), blocks, signed, recipients);
	}

	private static String subject(DecisionContent d) {
		return switch (d.subject()) {
			case ORGANIZATION -> Texts.nfc(d.subjectName());
			case FULL_MEMBER -> "đảng viên " + Texts.nfc(d.subjectName());
			case PROBATIONARY_MEMBER -> "đảng viên dự bị " + Texts.nfc(d.subjectName());
		};
	}

	private static String details(DecisionContent d) {
		List<String> parts = new ArrayList<>();
		if (d.birthYear() != null) {
			parts.add("sinh năm " + d.birthYear());
		}
		if (!d.posts().isBlank()) {
			parts.add(Texts.nfc(d.posts()));
		}
		if (!d.place().isBlank()) {
			parts.add((d.subject() == SubjectKind.ORGANIZATION ? "trực thuộc " : "sinh hoạt tại ") + Texts.nfc(d.place()));
		}
		return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
	}

	static String formWords(DisciplineForm form) {
		return switch (form) {
			case REPRIMAND -> "KHIỂN TRÁCH";
			case WARNING -> "CẢNH CÁO";
			case REMOVAL_FROM_POST -> "CÁCH CHỨC";
			case EXPULSION -> "KHAI TRỪ";
			case DISSOLUTION -> "GIẢI TÁN";
		};
	}
}
