package vn.xdd.document.model;

import java.util.List;

/**
 * An official document as Hướng dẫn 36-HD/VPTW lays it out (documents.md).
 *
 * @param typeTitle the document type in capitals, e.g. KẾ HOẠCH, BÁO CÁO
 * @param summary the trích yếu under the type, e.g. triển khai các giải pháp khắc phục hạn chế, khuyết điểm
 * @param body the parts, sections, paragraphs, tables and charts in order
 * @param recipients the lines under Nơi nhận, each starting with a dash as offices write them
 */
public record OfficialDocument(DocumentHeader header, String typeTitle, String summary, List<Block> body,
		SignatureBlock signature, List<String> recipients) {

	public OfficialDocument {
		body = List.copyOf(body);
		recipients = List.copyOf(recipients);
	}
}
