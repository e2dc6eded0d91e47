package vn.xdd.files.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.files.persistence.JdbcAttachments;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.NotFoundException;

/**
 * Opens a stored file for download: only within the scope of its unit, and only if its content
 * still has the checksum it was stored with. Each download is recorded in the audit trail.
 */
@Service
public class OpenAttachment {

	/** A file with its content. */
	public record Opened(StoredFile file, byte[] content) {
	}

	/** A download, for the audit trail. */
	public record AttachmentDownloaded(long fileId, String fileName) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("READ", "ATTACHMENT", fileId, null, fileName);
		}
	}

	private final JdbcAttachments store;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	public OpenAttachment(JdbcAttachments store, AccessScope scope, ApplicationEventPublisher events) {
		this.store = store;
		this.scope = scope;
		this.events = events;
	}

	/** Not read-only: the download's audit line is written in the same transaction. */
	@Transactional
	public Opened open(FileId id) {
		StoredFile file = store.find(id).orElseThrow(() -> new NotFoundException("ATTACHMENT", String.valueOf(id.value())));
		if (file.restrictedTo() != null) {
			// Served only by the module that keeps it (a discipline file): here it does not exist.
			throw new NotFoundException("ATTACHMENT", String.valueOf(id.value()));
		}
		scope.requireReach(file.unit(), "ATTACHMENT", String.valueOf(id.value()));
		byte[] content = store.content(id);
		if (!vn.xdd.shared.Checksums.sha256(content).equals(file.sha256())) {
			throw new IllegalStateException("Checksum mismatch for attachment " + id.value());
		}
		events.publishEvent(new AttachmentDownloaded(id.value(), file.fileName()));
		return new Opened(file, content);
	}
}
