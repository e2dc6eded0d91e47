package vn.xdd.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an attachment may be, each recognised by its extension and by the first
 * bytes of its content, so that a renamed executable is refused whatever its name says.
 */
public enum FileKind {

	PDF("pdf", "application/pdf", new byte[] { '%', 'P', 'D', 'F' }),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP),
	ODT("odt", "application/vnd.oasis.opendocument.text", Magic.ZIP),
	DOC("doc", "application/msword", Magic.OLE),
	XLS("xls", "application/vnd.ms-excel", Magic.OLE),
	JPG("jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	JPEG("jpeg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

	/** Signatures shared by several kinds (enum constants cannot refer to the enum's own statics). */
	private static final class Magic {

		static final byte[] ZIP = { 'P', 'K', 3, 4 };

		static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	}

	private final String extension;

	private final String contentType;

	private final byte[] magic;

	FileKind(String extension, String contentType, byte[] magic) {
		this.extension = extension;
		this.contentType = contentType;
		this.magic = magic;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The kind named by the file name's extension, if it is one of these. */
	public static Optional<FileKind> ofFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(k -> k.extension.equals(ext)).findFirst();
	}

	/** Whether the content starts as files of this kind do. */
	public boolean matches(byte[] content) {
		if (content.length < magic.length) {
			return false;
		}
		return Arrays.equals(Arrays.copyOf(content, magic.length), magic);
	}
}
