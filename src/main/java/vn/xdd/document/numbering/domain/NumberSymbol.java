package vn.xdd.document.numbering.domain;

/**
 * The number and symbol of a document, {@code <number>-<TYPE>/<BODY>} (documents.md): 42a-KH/HU.
 * Printed after "Số" in the header; a draft shows only the symbol, -KH/HU.
 */
public final class NumberSymbol {

	private NumberSymbol() {
	}

	public static String of(DocumentNumber number, String typeCode, String bodyAbbreviation) {
		return number.printed() + draft(typeCode, bodyAbbreviation);
	}

	/** The symbol without a number, for drafts: -KH/HU. */
	public static String draft(String typeCode, String bodyAbbreviation) {
		return "-" + typeCode + "/" + bodyAbbreviation;
	}

	/** The printed line: Số 42a-KH/HU. */
	public static String line(DocumentNumber number, String typeCode, String bodyAbbreviation) {
		return "Số " + of(number, typeCode, bodyAbbreviation);
	}

	/** A file name for the document without characters file systems dislike: KH-42a-HU.docx. */
	public static String fileName(DocumentNumber number, String typeCode, String bodyAbbreviation, String extension) {
		return typeCode + "-" + number.printed() + "-" + bodyAbbreviation + "." + extension;
	}
}
