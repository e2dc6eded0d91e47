package vn.xdd.document.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.document.model.Block;
import vn.xdd.document.model.OfficialDocument;

/**
 * An official document as the preview template reads it: each block with a kind the template
 * switches on, charts as data URIs.
 */
record DocumentPreview(OfficialDocument doc, List<PreviewBlock> blocks, List<String> signerTitleLines) {

	/**
	 * A block of the body.
	 *
	 * @param kind heading, paragraph, item, table or chart
	 */
	record PreviewBlock(String kind, int level, String label, @Nullable String boldLead, String text,
			Block.@Nullable Table table, @Nullable String image) {
	}

	private static PreviewBlock view(Block block) {
		if (block instanceof Block.Heading h) {
			return new PreviewBlock("heading", h.level(), h.label(), null, h.text(), null, null);
		}
		if (block instanceof Block.Paragraph p) {
			return new PreviewBlock("paragraph", 0, "", null, p.text(), null, null);
		}
		if (block instanceof Block.Item i) {
			return new PreviewBlock("item", 0, i.label(), i.boldLead(), i.text(), null, null);
		}
		if (block instanceof Block.Table t) {
			return new PreviewBlock("table", 0, "", null, t.caption(), t, null);
		}
		Block.Chart c = (Block.Chart) block;
		return new PreviewBlock("chart", 0, "", null, c.caption(), null,
				"data:image/png;base64," + Base64.getEncoder().encodeToString(c.png()));
	}

	static DocumentPreview of(OfficialDocument doc) {
		List<PreviewBlock> blocks = new ArrayList<>();
		for (Block block : doc.body()) {
			blocks.add(view(block));
		}
		return new DocumentPreview(doc, blocks, List.of(doc.signature().signerTitle().split("\n")));
	}
}
