package vn.xdd.document.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.xdd.document.model.Block;
import vn.xdd.document.model.Block.Cell;
import vn.xdd.document.model.OfficialDocument;

/**
 * One .docx of an official document: real paragraphs, tables and inline pictures, Times New Roman
 * everywhere, so that offices can edit and sign it afterwards.
 */
final class DocxWriter {

	static final String FONT = "Times New Roman";
	private static final int TWIPS_PER_POINT = 20;
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	private static final int FIRST_LINE_INDENT = (int) Math.round(10 * TWIPS_PER_MM);

	private final DocumentLayoutProperties layout;
	private final XWPFDocument doc = new XWPFDocument();
	private final int textWidth;

	DocxWriter(DocumentLayoutProperties layout) {
		this.layout = layout;
		this.textWidth = twips(layout.pageSize().widthMm() - layout.marginLeftMm() - layout.marginRightMm());
	}

	byte[] write(OfficialDocument document) {
		defaults();
		page();
		headerBlock(document);
		title(document);
		for (var block : document.body()) {
			block(block);
		}
		signatureAndRecipients(document);
		try (doc; var out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void defaults() {
		var styles = doc.createStyles();
		var fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage("vi-VN");
		doc.getProperties().getCoreProperties().setCreator("XDĐ");
	}

	private void page() {
		var body = doc.getDocument().getBody();
		CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(layout.pageSize().widthMm())));
		size.setH(BigInteger.valueOf(twips(layout.pageSize().heightMm())));
		var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(layout.marginTopMm())));
		margins.setBottom(BigInteger.valueOf(twips(layout.marginBottomMm())));
		margins.setLeft(BigInteger.valueOf(twips(layout.marginLeftMm())));
		margins.setRight(BigInteger.valueOf(twips(layout.marginRightMm())));
		// the page number sits in the upper half of the top margin
		margins.setHeader(BigInteger.valueOf(twips(Math.min(12, layout.marginTopMm() / 2))));
		margins.setFooter(BigInteger.valueOf(twips(Math.min(12, layout.marginBottomMm() / 2))));
		margins.setGutter(BigInteger.ZERO);
		if (!layout.pageNumbers()) {
			return;
		}
		var header = doc.createHeader(HeaderFooterType.DEFAULT);
		var p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		pageField(p);
		if (layout.pageNumbersFromPage() > 1) {
			// "different first page": the first page gets an empty header of its own
			var first = doc.createHeader(HeaderFooterType.FIRST);
			if (first.getParagraphs().isEmpty()) {
				first.createParagraph();
			}
			sect = body.getSectPr();
			if (!sect.isSetTitlePg()) {
				sect.addNewTitlePg();
			}
		}
	}

	private void pageField(XWPFParagraph p) {
		var begin = run(p, "", 14, false, false);
		begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		var instr = run(p, "", 14, false, false);
		var text = instr.getCTR().addNewInstrText();
		text.setStringValue(" PAGE ");
		text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		var separate = run(p, "", 14, false, false);
		separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, "2", 14, false, false);
		var end = run(p, "", 14, false, false);
		end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private void headerBlock(OfficialDocument document) {
		var header = document.header();
		int left = textWidth * 45 / 100;
		var table = borderless(left, textWidth - left);
		var leftCell = table.getRow(0).getCell(0);
		var rightCell = table.getRow(0).getCell(1);

		var p = firstParagraph(leftCell);
		centred(p);
		run(p, upper(header.superiorBody()), 14, false, false);
		p = centred(leftCell.addParagraph());
		run(p, upper(header.issuingBody()), 14, true, false);
		p = centred(leftCell.addParagraph());
		run(p, "*", 14, false, false);
		p = centred(leftCell.addParagraph());
		run(p, header.numberLine(), 14, false, false);

		p = firstParagraph(rightCell);
		centred(p);
		run(p, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
		shortRule(rightCell.addParagraph(), textWidth - left, 62);
		p = centred(rightCell.addParagraph());
		p.setSpacingBefore(14 * TWIPS_PER_POINT);
		run(p, header.placeAndDate(), 14, false, true);
	}

	private void title(OfficialDocument document) {
		var p = centred(doc.createParagraph());
		p.setSpacingBefore(18 * TWIPS_PER_POINT);
		p.setSpacingAfter(0);
		run(p, upper(document.typeTitle()), 16, true, false);
		for (var line : document.summary().split("\n")) {
			p = centred(doc.createParagraph());
			p.setSpacingAfter(0);
			run(p, line, 14, true, false);
		}
		shortRule(doc.createParagraph(), textWidth, 20);
		p = doc.createParagraph();
		p.setSpacingAfter(6 * TWIPS_PER_POINT);
	}

	private void block(Block block) {
		if (block instanceof Block.Heading heading) {
			heading(heading);
		}
		else if (block instanceof Block.Paragraph paragraph) {
			var p = bodyParagraph();
			run(p, paragraph.text(), 14, false, false);
		}
		else if (block instanceof Block.Item item) {
			var p = bodyParagraph();
			if (!item.label().isBlank()) {
				run(p, item.label() + " ", 14, false, false);
			}
			if (item.boldLead() != null && !item.boldLead().isBlank()) {
				run(p, item.boldLead() + " ", 14, true, false);
			}
			run(p, item.text(), 14, false, false);
		}
		else if (block instanceof Block.Table table) {
			table(table);
		}
		else if (block instanceof Block.Chart chart) {
			chart(chart);
		}
	}

	private void heading(Block.Heading heading) {
		var p = bodyParagraph();
		p.setSpacingBefore(6 * TWIPS_PER_POINT);
		var text = heading.label().isBlank() ? heading.text() : heading.label() + " " + heading.text();
		run(p, text, 14, true, heading.level() > 2);
		keepWithNext(p);
	}

	private XWPFParagraph bodyParagraph() {
		var p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(FIRST_LINE_INDENT);
		p.setSpacingBefore(0);
		p.setSpacingAfter(6 * TWIPS_PER_POINT);
		p.setSpacingBetween(1.1);
		return p;
	}

	private void table(Block.Table model) {
		if (!model.caption().isBlank()) {
			var caption = centred(doc.createParagraph());
			caption.setSpacingBefore(6 * TWIPS_PER_POINT);
			caption.setSpacingAfter(3 * TWIPS_PER_POINT);
			run(caption, model.caption(), 13, true, false);
			keepWithNext(caption);
		}
		var all = new java.util.ArrayList<List<Cell>>(model.headerRows());
		all.addAll(model.rows());
		int columns = Math.max(1, TableGrid.columns(all));
		var widths = TableWidths.of(all, columns, textWidth);
		var slots = TableGrid.slots(all, columns);

		var table = doc.createTable();
		table.setTableAlignment(TableRowAlign.CENTER);
		var tblPr = table.getCTTbl().getTblPr();
		fixedWidth(tblPr, widths);
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		var borders = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
		for (var border : List.of(border(borders, "top"), border(borders, "left"), border(borders, "bottom"),
				border(borders, "right"), border(borders, "insideH"), border(borders, "insideV"))) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(4));
			border.setSpace(BigInteger.ZERO);
			border.setColor("000000");
		}
		for (int r = 0; r < slots.size(); r++) {
			boolean headerRow = r < model.headerRows().size();
			var row = table.insertNewTableRow(r + 1);
			var trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
			trPr.addNewCantSplit();
			if (headerRow) {
				trPr.addNewTblHeader();
			}
			for (var slot : slots.get(r)) {
				var cell = row.createCell();
				var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				int span = Math.min(slot.cell().colSpan(), columns - slot.column());
				int width = 0;
				for (int c = slot.column(); c < slot.column() + span && c < widths.length; c++) {
					width += widths[c];
				}
				tcPr.addNewTcW().setW(BigInteger.valueOf(width));
				tcPr.getTcW().setType(STTblWidth.DXA);
				if (span > 1) {
					tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
				}
				if (slot.continuation()) {
					tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
				}
				else if (slot.cell().rowSpan() > 1) {
					tcPr.addNewVMerge().setVal(STMerge.RESTART);
				}
				cell.setVerticalAlignment(XWPFVertAlign.CENTER);
				var p = firstParagraph(cell);
				p.setSpacingBefore(2 * TWIPS_PER_POINT);
				p.setSpacingAfter(2 * TWIPS_PER_POINT);
				if (slot.continuation()) {
					continue;
				}
				Cell content = slot.cell();
				p.setAlignment(headerRow ? ParagraphAlignment.CENTER
						: content.numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				var lines = content.text().split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					if (i > 0) {
						p = cell.addParagraph();
						p.setAlignment(firstParagraph(cell).getAlignment());
						p.setSpacingAfter(2 * TWIPS_PER_POINT);
					}
					run(p, lines[i], 12, headerRow || content.bold(), false);
				}
			}
		}
		table.removeRow(0);
		var after = doc.createParagraph();
		after.setSpacingAfter(0);
	}

	private static CTBorder border(CTTblBorders borders, String side) {
		return switch (side) {
			case "top" -> borders.isSetTop() ? borders.getTop() : borders.addNewTop();
			case "left" -> borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft();
			case "bottom" -> borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom();
			case "right" -> borders.isSetRight() ? borders.getRight() : borders.addNewRight();
			case "insideH" -> borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH();
			default -> borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV();
		};
	}

	private void chart(Block.Chart chart) {
		var p = centred(doc.createParagraph());
		p.setSpacingBefore(6 * TWIPS_PER_POINT);
		p.setSpacingAfter(0);
		keepWithNext(p);
		double maxMm = layout.pageSize().widthMm() - layout.marginLeftMm() - layout.marginRightMm();
		double widthMm = Math.min(chart.widthMm() > 0 ? chart.widthMm() : maxMm, maxMm);
		var size = Png.size(chart.png());
		double heightMm = widthMm * size.height() / size.width();
		try {
			var run = run(p, "", 14, false, false);
			run.addPicture(new ByteArrayInputStream(chart.png()), PictureType.PNG, "chart.png",
					Units.toEMU(widthMm * 72 / 25.4), Units.toEMU(heightMm * 72 / 25.4));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException("The chart cannot be placed in the document", e);
		}
		if (!chart.caption().isBlank()) {
			var caption = centred(doc.createParagraph());
			caption.setSpacingAfter(6 * TWIPS_PER_POINT);
			run(caption, chart.caption(), 13, false, true);
		}
	}

	private void signatureAndRecipients(OfficialDocument document) {
		var spacer = doc.createParagraph();
		spacer.setSpacingAfter(0);
		int left = textWidth * 50 / 100;
		var table = borderless(left, textWidth - left);
		var row = table.getRow(0);
		row.getCtRow().addNewTrPr().addNewCantSplit();
		var leftCell = row.getCell(0);
		var rightCell = row.getCell(1);
		leftCell.setVerticalAlignment(XWPFVertAlign.TOP);
		rightCell.setVerticalAlignment(XWPFVertAlign.TOP);

		var p = firstParagraph(leftCell);
		p.setSpacingAfter(0);
		run(p, "Nơi nhận:", 12, true, true);
		for (var recipient : document.recipients()) {
			p = leftCell.addParagraph();
			p.setSpacingAfter(0);
			run(p, recipient, 11, false, false);
		}

		var signature = document.signature();
		p = centred(firstParagraph(rightCell));
		p.setSpacingAfter(0);
		run(p, upper(signature.authority()), 14, true, false);
		for (var line : signature.signerTitle().split("\n")) {
			p = centred(rightCell.addParagraph());
			p.setSpacingAfter(0);
			run(p, upper(line), 14, true, false);
		}
		for (int i = 0; i < 4; i++) {
			p = centred(rightCell.addParagraph());
			p.setSpacingAfter(0);
			run(p, "", 14, false, false);
		}
		p = centred(rightCell.addParagraph());
		p.setSpacingAfter(0);
		run(p, signature.signerName(), 14, true, false);
	}

	private XWPFTable borderless(int left, int right) {
		var table = doc.createTable(1, 2);
		var tblPr = table.getCTTbl().getTblPr();
		int[] widths = { left, right };
		fixedWidth(tblPr, widths);
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		grid.addNewGridCol().setW(BigInteger.valueOf(left));
		grid.addNewGridCol().setW(BigInteger.valueOf(right));
		var borders = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
		for (var side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
			border(borders, side).setVal(STBorder.NIL);
		}
		for (int c = 0; c < 2; c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
			w.setW(BigInteger.valueOf(widths[c]));
			w.setType(STTblWidth.DXA);
		}
		return table;
	}

	private void fixedWidth(CTTblPr tblPr, int[] widths) {
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		var w = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
		w.setW(BigInteger.valueOf(total));
		w.setType(STTblWidth.DXA);
		var tblLayout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
		tblLayout.setType(STTblLayoutType.FIXED);
		var margins = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
		var left = margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft();
		left.setW(BigInteger.valueOf(70));
		left.setType(STTblWidth.DXA);
		var right = margins.isSetRight() ? margins.getRight() : margins.addNewRight();
		right.setW(BigInteger.valueOf(70));
		right.setType(STTblWidth.DXA);
	}

	/** An empty, tiny paragraph whose bottom border draws a centred rule of {@code percent} of the width. */
	private void shortRule(XWPFParagraph p, int width, int percent) {
		int indent = width * (100 - percent) / 200;
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setIndentationLeft(indent);
		p.setIndentationRight(indent);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		p.setSpacingBetween(1.0);
		p.setSpacingLineRule(org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
		CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		var pBdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
		var bottom = pBdr.addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(6));
		bottom.setSpace(BigInteger.ONE);
		bottom.setColor("000000");
		var spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
		spacing.setLine(BigInteger.valueOf(4 * TWIPS_PER_POINT));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		var markRpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
		markRpr.addNewSz().setVal(BigInteger.valueOf(4));
		var fonts = markRpr.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
	}

	private static void keepWithNext(XWPFParagraph p) {
		CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		ppr.addNewKeepNext();
	}

	private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
		return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
	}

	private static XWPFParagraph centred(XWPFParagraph p) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, @Nullable String text, int size, boolean bold, boolean italic) {
		var run = p.createRun();
		CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		var fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.setFontSize(size);
		if (bold) {
			run.setBold(true);
		}
		if (italic) {
			run.setItalic(true);
		}
		if (text != null && !text.isEmpty()) {
			run.setText(nfc(text));
		}
		return run;
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	static String upper(String text) {
		return nfc(text).toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	private static int twips(double mm) {
		return (int) Math.round(mm * TWIPS_PER_MM);
	}
}
