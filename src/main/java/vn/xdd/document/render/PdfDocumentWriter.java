package vn.xdd.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.jspecify.annotations.Nullable;

import vn.xdd.document.model.Block;
import vn.xdd.document.model.Block.Cell;
import vn.xdd.document.model.OfficialDocument;

/** One PDF of an official document, in the same layout as its .docx. */
final class PdfDocumentWriter {

	private static final float POINTS_PER_MM = 72f / 25.4f;
	private static final float FIRST_LINE_INDENT = 10 * POINTS_PER_MM;

	private final DocumentLayoutProperties layout;
	private final BaseFont regular;
	private final BaseFont bold;
	private final BaseFont italic;
	private final BaseFont boldItalic;
	private @Nullable PdfWriter writer;

	PdfDocumentWriter(DocumentLayoutProperties layout) {
		this.layout = layout;
		this.regular = Fonts.pdf(Fonts.REGULAR);
		this.bold = Fonts.pdf(Fonts.BOLD);
		this.italic = Fonts.pdf(Fonts.ITALIC);
		this.boldItalic = Fonts.pdf(Fonts.BOLD_ITALIC);
	}

	byte[] write(OfficialDocument document) {
		var page = new Rectangle(mm(layout.pageSize().widthMm()), mm(layout.pageSize().heightMm()));
		var pdf = new Document(page, mm(layout.marginLeftMm()), mm(layout.marginRightMm()), mm(layout.marginTopMm()),
				mm(layout.marginBottomMm()));
		var out = new ByteArrayOutputStream();
		try {
			writer = PdfWriter.getInstance(pdf, out);
			if (layout.pageNumbers()) {
				writer.setPageEvent(new PageNumbers());
			}
			pdf.addTitle(DocxWriter.nfc(document.typeTitle() + " " + document.summary()));
			pdf.addCreator("XDĐ");
			pdf.open();
			headerBlock(pdf, document);
			title(pdf, document);
			var body = document.body();
			// the last paragraph (and the headings right above it) go with the signature, so that no page
			// carries the signature alone
			int closingFrom = body.size();
			if (closingFrom > 0 && (body.get(closingFrom - 1) instanceof Block.Paragraph
					|| body.get(closingFrom - 1) instanceof Block.Item)) {
				closingFrom--;
				while (closingFrom > 0 && body.get(closingFrom - 1) instanceof Block.Heading) {
					closingFrom--;
				}
			}
			for (var block : body.subList(0, closingFrom)) {
				block(pdf, block);
			}
			signatureAndRecipients(pdf, document, body.subList(closingFrom, body.size()));
			pdf.close();
			return out.toByteArray();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("The PDF cannot be written", e);
		}
	}

	private void headerBlock(Document pdf, OfficialDocument document) {
		var header = document.header();
		var table = borderless(45, 55);
		var left = borderlessCell();
		left.addElement(centred(DocxWriter.upper(header.superiorBody()), font(14, false, false)));
		left.addElement(centred(DocxWriter.upper(header.issuingBody()), font(14, true, false)));
		left.addElement(centred("*", font(14, false, false)));
		left.addElement(centred(header.numberLine(), font(14, false, false)));
		var right = borderlessCell();
		right.addElement(centred("ĐẢNG CỘNG SẢN VIỆT NAM", font(15, true, false)));
		right.addElement(rule(62));
		var date = centred(header.placeAndDate(), font(14, false, true));
		date.setSpacingBefore(14);
		right.addElement(date);
		table.addCell(left);
		table.addCell(right);
		pdf.add(table);
	}

	private void title(Document pdf, OfficialDocument document) {
		var type = centred(DocxWriter.upper(document.typeTitle()), font(16, true, false));
		type.setSpacingBefore(18);
		pdf.add(type);
		for (var line : document.summary().split("\n")) {
			pdf.add(centred(line, font(14, true, false)));
		}
		var rule = rule(20);
		rule.setSpacingAfter(10);
		pdf.add(rule);
	}

	private void block(Document pdf, Block block) {
		if (block instanceof Block.Heading) {
			keepWithNext(pdf);
			pdf.add(text(block));
		}
		else if (block instanceof Block.Paragraph || block instanceof Block.Item) {
			pdf.add(text(block));
		}
		else if (block instanceof Block.Table table) {
			table(pdf, table);
		}
		else if (block instanceof Block.Chart chart) {
			chart(pdf, chart);
		}
	}

	/** A heading, paragraph or item of the body, justified with its first-line indent. */
	private Paragraph text(Block block) {
		var p = body();
		if (block instanceof Block.Heading heading) {
			var text = heading.label().isBlank() ? heading.text() : heading.label() + " " + heading.text();
			p.setSpacingBefore(6);
			p.add(new Chunk(DocxWriter.nfc(text), font(14, true, heading.level() > 2)));
		}
		else if (block instanceof Block.Item item) {
			if (!item.label().isBlank()) {
				p.add(new Chunk(DocxWriter.nfc(item.label()) + " ", font(14, false, false)));
			}
			if (item.boldLead() != null && !item.boldLead().isBlank()) {
				p.add(new Chunk(DocxWriter.nfc(item.boldLead()) + " ", font(14, true, false)));
			}
			p.add(new Chunk(DocxWriter.nfc(item.text()), font(14, false, false)));
		}
		else if (block instanceof Block.Paragraph paragraph) {
			p.add(new Chunk(DocxWriter.nfc(paragraph.text()), font(14, false, false)));
		}
		return p;
	}

	/** A heading or a table's caption never ends a page: with fewer than four lines left, it starts the next one. */
	private void keepWithNext(Document pdf) {
		float left = Objects.requireNonNull(writer).getVerticalPosition(true) - pdf.bottom();
		if (left < 14 * 1.25f * 4) {
			pdf.newPage();
		}
	}

	private Paragraph body() {
		var p = new Paragraph();
		p.setFont(font(14, false, false));
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setFirstLineIndent(FIRST_LINE_INDENT);
		p.setLeading(14 * 1.25f);
		p.setSpacingAfter(6);
		return p;
	}

	private void table(Document pdf, Block.Table model) {
		keepWithNext(pdf);
		if (!model.caption().isBlank()) {
			var caption = centred(model.caption(), font(13, true, false));
			caption.setSpacingBefore(6);
			caption.setSpacingAfter(3);
			pdf.add(caption);
		}
		var all = new ArrayList<List<Cell>>(model.headerRows());
		all.addAll(model.rows());
		int columns = Math.max(1, TableGrid.columns(all));
		var table = new PdfPTable(TableWidths.relative(all, columns));
		table.setWidthPercentage(100);
		table.setHeaderRows(model.headerRows().size());
		table.setSpacingAfter(8);
		for (int r = 0; r < all.size(); r++) {
			boolean headerRow = r < model.headerRows().size();
			for (var content : all.get(r)) {
				var phrase = new Phrase(DocxWriter.nfc(content.text()), font(12, headerRow || content.bold(), false));
				var cell = new PdfPCell(phrase);
				cell.setColspan(Math.max(1, content.colSpan()));
				cell.setRowspan(Math.max(1, content.rowSpan()));
				cell.setHorizontalAlignment(headerRow ? Element.ALIGN_CENTER
						: content.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
				cell.setPaddingTop(2);
				cell.setPaddingBottom(5);
				cell.setPaddingLeft(4);
				cell.setPaddingRight(4);
				cell.setBorderWidth(0.5f);
				table.addCell(cell);
			}
		}
		pdf.add(table);
	}

	private void chart(Document pdf, Block.Chart chart) {
		try {
			var image = Image.getInstance(chart.png());
			float maxWidth = pdf.right() - pdf.left();
			float width = Math.min(chart.widthMm() > 0 ? mm(chart.widthMm()) : maxWidth, maxWidth);
			image.scaleToFit(width, pdf.top() - pdf.bottom() - 40);
			image.setAlignment(Image.ALIGN_CENTER);
			image.setSpacingBefore(6);
			var block = new PdfPTable(1);
			block.setWidthPercentage(100);
			block.setKeepTogether(true);
			var imageCell = borderlessCell();
			imageCell.addElement(image);
			block.addCell(imageCell);
			if (!chart.caption().isBlank()) {
				var captionCell = borderlessCell();
				captionCell.addElement(centred(chart.caption(), font(13, false, true)));
				block.addCell(captionCell);
			}
			block.setSpacingAfter(6);
			pdf.add(block);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void signatureAndRecipients(Document pdf, OfficialDocument document, List<Block> closing) {
		var table = borderless(50, 50);
		table.setKeepTogether(true);
		if (!closing.isEmpty()) {
			var lastParagraph = borderlessCell();
			lastParagraph.setColspan(2);
			lastParagraph.setPaddingLeft(0);
			lastParagraph.setPaddingRight(0);
			for (var block : closing) {
				lastParagraph.addElement(text(block));
			}
			table.addCell(lastParagraph);
		}
		else {
			table.setSpacingBefore(6);
		}
		var gap = borderlessCell();
		gap.setColspan(2);
		gap.setFixedHeight(12);
		table.addCell(gap);
		var left = borderlessCell();
		var heading = new Paragraph("Nơi nhận:", font(12, true, true));
		left.addElement(heading);
		for (var recipient : document.recipients()) {
			var line = new Paragraph(DocxWriter.nfc(recipient), font(11, false, false));
			line.setLeading(13);
			left.addElement(line);
		}
		var right = borderlessCell();
		var signature = document.signature();
		right.addElement(centred(DocxWriter.upper(signature.authority()), font(14, true, false)));
		for (var line : signature.signerTitle().split("\n")) {
			right.addElement(centred(DocxWriter.upper(line), font(14, true, false)));
		}
		var name = centred(signature.signerName(), font(14, true, false));
		name.setSpacingBefore(4 * 14 * 1.2f);
		right.addElement(name);
		table.addCell(left);
		table.addCell(right);
		pdf.add(table);
	}

	private PdfPTable borderless(float left, float right) {
		var table = new PdfPTable(new float[] { left, right });
		table.setWidthPercentage(100);
		return table;
	}

	private static PdfPCell borderlessCell() {
		var cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setPaddingLeft(2);
		cell.setPaddingRight(2);
		return cell;
	}

	private static Paragraph centred(String text, Font font) {
		var p = new Paragraph(DocxWriter.nfc(text), font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setLeading(font.getSize() * 1.2f);
		return p;
	}

	private Paragraph rule(float percent) {
		var line = new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0);
		var chunk = new Chunk(line);
		chunk.setFont(font(4, false, false));
		var p = new Paragraph(chunk);
		// the paragraph's own font draws the spacing around it: Helvetica otherwise, not embedded
		p.setFont(chunk.getFont());
		// the rule sits one leading below the line above it, clear of its descenders
		p.setLeading(9);
		p.setSpacingBefore(0);
		return p;
	}

	private Font font(float size, boolean isBold, boolean isItalic) {
		BaseFont base = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
		return new Font(base, size);
	}

	private static float mm(double millimetres) {
		return (float) (millimetres * POINTS_PER_MM);
	}

	/** Page numbers at the top centre, from the configured page on. */
	private final class PageNumbers extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			if (page < layout.pageNumbersFromPage()) {
				return;
			}
			float x = (document.left() + document.right()) / 2;
			float y = document.getPageSize().getHeight() - mm(Math.min(12, layout.marginTopMm() / 2)) - 10;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(Integer.toString(page), font(14, false, false)), x, y, 0);
		}
	}
}
