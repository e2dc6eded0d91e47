package vn.xdd.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.xdd.document.model.Block;
import vn.xdd.document.model.Block.Cell;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;

/**
 * The layout of HD 36 as offices would check it: the header block, fonts, page, merged table
 * headers, signature and recipients, in the .docx (read back with POI) and the PDF (read back with
 * PDFBox, pages rendered to target/document-pages for a look).
 */
class PoiOpenPdfRendererTest {

	static final Path PAGES = Path.of("target", "document-pages");
	static final String DATE_LINE = "Hữu Lũng, ngày 30 tháng 01 năm 2013";

	static JFreeChartRenderer charts = new JFreeChartRenderer();
	static PoiOpenPdfRenderer renderer = new PoiOpenPdfRenderer(DocumentLayoutProperties.defaults());
	static OfficialDocument document;
	static Block.Table table;

	@BeforeAll
	static void document() throws IOException {
		Files.createDirectories(PAGES);
		table = new Block.Table("Biểu 1. Kết quả khắc phục hạn chế, khuyết điểm theo đơn vị",
				List.of(List.of(Cell.header("STT", 1, 2), Cell.header("Đơn vị", 1, 2), Cell.header("Tổng số", 1, 2),
						Cell.header("Trong đó", 3, 1)),
						List.of(Cell.header("Đã khắc phục", 1, 1), Cell.header("Đang khắc phục", 1, 1),
								Cell.header("Chưa khắc phục", 1, 1))),
				List.of(List.of(Cell.text("1"), Cell.text("Đảng bộ xã Đồng Tân"), Cell.number(12), Cell.number(9),
						Cell.number(2), Cell.number(1)),
						List.of(Cell.text("2"), Cell.text("Chi bộ Cơ quan Ủy ban kiểm tra Huyện ủy"), Cell.number(7),
								Cell.number(7), Cell.number(0), Cell.number(0)),
						List.of(Cell.text("3"), Cell.text("Đảng bộ thị trấn Hữu Lũng"), Cell.number(15),
								Cell.number(10), Cell.number(3), Cell.number(2)),
						List.of(new Cell("", 1, 1, true, false), new Cell("Tổng cộng", 1, 1, true, false),
								new Cell("34", 1, 1, true, true), new Cell("26", 1, 1, true, true),
								new Cell("5", 1, 1, true, true), new Cell("3", 1, 1, true, true))));
		var chart = charts.statusByUnit("Tình hình khắc phục theo đơn vị",
				List.of("Đảng bộ xã Đồng Tân", "Chi bộ Cơ quan Ủy ban kiểm tra", "Đảng bộ thị trấn Hữu Lũng"),
				List.of(new ChartRenderer.Series("Chưa khắc phục", List.of(1L, 0L, 2L)),
						new ChartRenderer.Series("Đang khắc phục", List.of(2L, 0L, 3L)),
						new ChartRenderer.Series("Đã báo cáo", List.of(1L, 1L, 2L)),
						new ChartRenderer.Series("Đã xác nhận", List.of(8L, 6L, 8L))));
		var body = new ArrayList<Block>();
		body.add(new Block.Heading(1, "I.", "MỤC ĐÍCH, YÊU CẦU"));
		body.add(new Block.Paragraph("Thực hiện Kế hoạch số 15-KH/TU ngày 10/12/2012 của Ban Thường vụ Tỉnh ủy về "
				+ "kiểm điểm tự phê bình và phê bình theo tinh thần Nghị quyết Trung ương 4 (khóa XI), Ban Thường vụ "
				+ "Huyện ủy xây dựng kế hoạch triển khai các giải pháp khắc phục hạn chế, khuyết điểm như sau:"));
		body.add(new Block.Item("-", null, "Khắc phục kịp thời, có hiệu quả những hạn chế, khuyết điểm đã được chỉ ra "
				+ "qua kiểm điểm; gắn với việc thực hiện nhiệm vụ chính trị của địa phương."));
		body.add(new Block.Heading(1, "II.", "NỘI DUNG VÀ GIẢI PHÁP"));
		body.add(new Block.Heading(2, "1.", "Về công tác giáo dục chính trị, tư tưởng"));
		body.add(new Block.Item("a)", "Quán triệt sâu rộng:", "tổ chức học tập, quán triệt Nghị quyết đến 100% "
				+ "cán bộ, đảng viên; hoàn thành trong quý I năm 2013."));
		for (int i = 0; i < 6; i++) {
			body.add(new Block.Paragraph("Các chi bộ, đảng bộ cơ sở rà soát, bổ sung quy chế làm việc, phân công "
					+ "nhiệm vụ cụ thể cho từng cấp ủy viên; định kỳ hằng quý báo cáo kết quả khắc phục với Ban "
					+ "Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) để tổng hợp, theo dõi."));
		}
		body.add(table);
		body.add(new Block.Chart("Biểu đồ 1. Tình hình khắc phục theo đơn vị", chart, 150));
		body.add(new Block.Heading(1, "III.", "TỔ CHỨC THỰC HIỆN"));
		body.add(new Block.Paragraph("Văn phòng Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy theo dõi, "
				+ "đôn đốc, tổng hợp tình hình thực hiện kế hoạch, báo cáo Ban Thường vụ Huyện ủy."));
		document = new OfficialDocument(
				new DocumentHeader("Đảng bộ tỉnh Lạng Sơn", "Huyện ủy Hữu Lũng", "42a-KH/HU", "-KH/HU", "Hữu Lũng",
						LocalDate.of(2013, 1, 30)),
				"Kế hoạch", "triển khai các giải pháp khắc phục hạn chế, khuyết điểm\nsau kiểm điểm năm 2012", body,
				new SignatureBlock("T/M Ban Thường vụ", "Bí thư", "Nguyễn Văn A"),
				List.of("- Thường trực Tỉnh ủy (để báo cáo),", "- Các đồng chí Huyện ủy viên,",
						"- Các chi bộ, đảng bộ cơ sở,", "- Lưu Văn phòng Huyện ủy."));
	}

	@Test
	void theDocxHeaderBlockIsATwoColumnTableAsHd36LaysItOut() throws IOException {
		try (var docx = docx()) {
			XWPFTable header = docx.getTables().get(0);
			XWPFTableCell left = header.getRow(0).getCell(0);
			XWPFTableCell right = header.getRow(0).getCell(1);
			assertThat(texts(left)).containsExactly("ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG", "*", "Số 42a-KH/HU");
			assertThat(runs(left.getParagraphs().get(0))).allSatisfy(r -> assertThat(r.isBold()).isFalse());
			assertThat(runs(left.getParagraphs().get(1))).allSatisfy(r -> assertThat(r.isBold()).isTrue());
			assertThat(left.getParagraphs()).allSatisfy(
					p -> assertThat(p.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER));

			var party = paragraph(right, "ĐẢNG CỘNG SẢN VIỆT NAM");
			assertThat(runs(party)).allSatisfy(r -> {
				assertThat(r.isBold()).isTrue();
				assertThat(r.getFontSizeAsDouble()).isEqualTo(15.0);
			});
			var date = paragraph(right, DATE_LINE);
			assertThat(runs(date)).allSatisfy(r -> assertThat(r.isItalic()).isTrue());
			// the short rule under the party's name: a bordered paragraph right after it
			var rule = right.getParagraphs().get(right.getParagraphs().indexOf(party) + 1);
			assertThat(rule.getCTP().getPPr().getPBdr().getBottom()).isNotNull();
			assertThat(rule.getText()).isEmpty();

			assertThat(header.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString()).isEqualTo("nil");
			assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("nil");
		}
	}

	@Test
	void theDocxTypeSummaryAndBodyFollowTheLayout() throws IOException {
		try (var docx = docx()) {
			var type = docx.getParagraphs().stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
			assertThat(runs(type)).allSatisfy(r -> {
				assertThat(r.isBold()).isTrue();
				assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0);
			});
			assertThat(type.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
			var body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện Kế hoạch số 15-KH/TU"))
					.findFirst().orElseThrow();
			assertThat(body.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
			assertThat(body.getIndentationFirstLine()).isBetween(560, 570);
			assertThat(runs(body)).allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0));
			var heading = docx.getParagraphs().stream().filter(p -> p.getText().equals("I. MỤC ĐÍCH, YÊU CẦU"))
					.findFirst().orElseThrow();
			assertThat(runs(heading)).allSatisfy(r -> assertThat(r.isBold()).isTrue());
			var item = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("a) Quán triệt sâu rộng:"))
					.findFirst().orElseThrow();
			assertThat(runs(item).stream().filter(XWPFRun::isBold).map(XWPFRun::text).toList())
					.containsExactly("Quán triệt sâu rộng: ");
			assertThat(docx.getAllPictures()).hasSize(1);
			assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
					.contains("Biểu đồ 1. Tình hình khắc phục theo đơn vị");
		}
	}

	@Test
	void everyRunOfTheDocxIsTimesNewRoman() throws IOException {
		try (var docx = docx()) {
			var all = new ArrayList<XWPFRun>();
			docx.getParagraphs().forEach(p -> all.addAll(p.getRuns()));
			for (var t : docx.getTables()) {
				t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> all.addAll(p.getRuns()))));
			}
			docx.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> all.addAll(p.getRuns())));
			assertThat(all).hasSizeGreaterThan(40);
			assertThat(all).allSatisfy(r -> {
				var fonts = r.getCTR().getRPr().getRFontsArray(0);
				assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
						.containsOnly("Times New Roman");
			});
		}
	}

	@Test
	void theDocxPageIsA4WithTheMarginsAndNumbersFromPageTwo() throws IOException {
		try (var docx = docx()) {
			var sect = docx.getDocument().getBody().getSectPr();
			assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1417));
			assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1417));
			assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1984));
			assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
			assertThat(sect.isSetTitlePg()).as("different first page").isTrue();
			var policy = docx.getHeaderFooterPolicy();
			assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
			assertThat(policy.getFirstPageHeader().getText()).isBlank();
		}
	}

	@Test
	void theDocxTableMergesHeaderCellsAndCarriesTheModelsValues() throws IOException {
		try (var docx = docx()) {
			XWPFTable t = docx.getTables().get(1);
			var first = t.getRow(0);
			assertThat(first.getTableCells()).hasSize(4);
			assertThat(first.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
			assertThat(first.getCell(3).getText()).isEqualTo("Trong đó");
			assertThat(first.getCell(3).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
			var second = t.getRow(1);
			assertThat(second.getTableCells()).hasSize(6);
			for (int c = 0; c < 3; c++) {
				assertThat(second.getCell(c).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
			}
			assertThat(second.getCell(3).getText()).isEqualTo("Đã khắc phục");
			assertThat(runs(second.getCell(3).getParagraphs().get(0))).allSatisfy(r -> assertThat(r.isBold()).isTrue());
			assertThat(t.getNumberOfRows()).isEqualTo(2 + table.rows().size());
			for (int r = 0; r < table.rows().size(); r++) {
				var row = t.getRow(2 + r);
				assertThat(row.getTableCells().stream().map(XWPFTableCell::getText).toList())
						.isEqualTo(table.rows().get(r).stream().map(Cell::text).toList());
			}
			var number = t.getRow(2).getCell(2).getParagraphs().get(0);
			assertThat(number.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
			assertThat(t.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
		}
	}

	@Test
	void theDocxEndsWithTheSignatureAndTheRecipients() throws IOException {
		try (var docx = docx()) {
			var tables = docx.getTables();
			var last = tables.get(tables.size() - 1);
			var left = last.getRow(0).getCell(0);
			var right = last.getRow(0).getCell(1);
			assertThat(texts(left)).containsExactly("Nơi nhận:", "- Thường trực Tỉnh ủy (để báo cáo),",
					"- Các đồng chí Huyện ủy viên,", "- Các chi bộ, đảng bộ cơ sở,", "- Lưu Văn phòng Huyện ủy.");
			assertThat(runs(left.getParagraphs().get(0))).allSatisfy(r -> {
				assertThat(r.isBold()).isTrue();
				assertThat(r.isItalic()).isTrue();
			});
			var signature = texts(right);
			assertThat(signature.get(0)).isEqualTo("T/M BAN THƯỜNG VỤ");
			assertThat(signature.get(1)).isEqualTo("BÍ THƯ");
			assertThat(signature.get(signature.size() - 1)).isEqualTo("Nguyễn Văn A");
			assertThat(signature.subList(2, signature.size() - 1)).hasSizeGreaterThanOrEqualTo(3).allMatch(String::isEmpty);
			assertThat(runs(paragraph(right, "Nguyễn Văn A"))).allSatisfy(r -> assertThat(r.isBold()).isTrue());
		}
	}

	@Test
	void thePdfEmbedsItsFontsAndKeepsEveryVietnameseGlyph() throws IOException {
		var bytes = renderer.pdf(document);
		Files.write(PAGES.resolve("plan.pdf"), bytes);
		try (var pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			var page = pdf.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			var pages = new PDFRenderer(pdf);
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				var image = pages.renderImageWithDPI(i, 100);
				ImageIO.write(image, "png", PAGES.resolve("plan-page-%d.png".formatted(i + 1)).toFile());
			}
			var text = new PDFTextStripper().getText(pdf);
			var words = text.replaceAll("\\s+", " ");
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", DATE_LINE, "ĐẢNG BỘ TỈNH LẠNG SƠN", "HUYỆN ỦY HỮU LŨNG",
					"Số 42a-KH/HU", "KẾ HOẠCH", "T/M BAN THƯỜNG VỤ", "Nguyễn Văn A", "Nơi nhận:", "Trong đó");
			assertThat(words).contains("Chi bộ Cơ quan Ủy ban kiểm tra Huyện ủy");
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				var resources = pdf.getPage(i).getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as("page %d: %s", i + 1, font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
			var firstPage = new PDFTextStripper();
			firstPage.setStartPage(1);
			firstPage.setEndPage(1);
			assertThat(firstPage.getText(pdf).lines().map(String::strip)).doesNotContain("1");
			var secondPage = new PDFTextStripper();
			secondPage.setSortByPosition(true);
			secondPage.setStartPage(2);
			secondPage.setEndPage(2);
			assertThat(secondPage.getText(pdf).lines().map(String::strip).findFirst()).contains("2");
		}
	}

	private static XWPFDocument docx() throws IOException {
		var bytes = renderer.docx(document);
		Files.write(PAGES.resolve("plan.docx"), bytes);
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	private static List<String> texts(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty() || true).toList()
				.stream().filter(t -> true).toList();
	}

	private static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
		return cell.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow(
				() -> new AssertionError("No paragraph " + text + " in " + texts(cell)));
	}

	private static List<XWPFRun> runs(XWPFParagraph p) {
		var runs = p.getRuns().stream().filter(r -> !r.text().isEmpty()).toList();
		assertThat(runs).as("runs of " + p.getText()).isNotEmpty();
		return runs;
	}
}
