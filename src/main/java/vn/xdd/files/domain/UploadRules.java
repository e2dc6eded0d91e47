package vn.xdd.files.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.RuleList;

/**
 * What a file must be to be stored as an attachment: not empty, within the size limit, of a kind
 * accepted, with content of that kind. The use case enforces the list before anything is stored.
 */
public final class UploadRules {

	/**
	 * A file offered for storage: its cleaned name, its content, the limits in force, and the kind
	 * its name says it is (none if the extension is of no known kind).
	 */
	public record Upload(String name, byte[] content, long maxBytes, long maxMegabytes, @Nullable FileKind kind,
			List<String> allowedExtensions) {

		public Upload {
			allowedExtensions = List.copyOf(allowedExtensions);
		}
	}

	public static final RuleList<Upload> STORE = RuleList.of(new UploadNotEmpty(), new UploadWithinSizeLimit(),
			new UploadKindAccepted(), new UploadContentMatchesKind());

	private UploadRules() {
	}
}
