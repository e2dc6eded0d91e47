package vn.xdd.files.application;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.AttachmentHolder;
import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.files.persistence.JdbcAttachments;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.rule.RuleResult;

/**
 * Opens a stored file for download: only within the scope of its unit, only to whom the record it
 * is attached to is shown (each {@link AttachmentHolder} answers for its records, ADR 0014), and
 * only if its content still has the checksum it was stored with. Each download is recorded in the audit trail.
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

	private final List<AttachmentHolder> holders;

	public OpenAttachment(JdbcAttachments store, AccessScope scope, ApplicationEventPublisher events,
			List<AttachmentHolder> holders) {
		this.holders = List.copyOf(holders);
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
		List<RuleResult> sights = holders.stream().flatMap(h -> h.sightOf(id).stream()).toList();
		if (sights.isEmpty()) {
			// Attached to no record: nobody sees what it would show.
			throw new NotFoundException("ATTACHMENT", String.valueOf(id.value()));
		}
		if (sights.stream().noneMatch(RuleResult::isAllowed)) {
			throw new AccessDeniedException("not a reader of what attachment " + id.value() + " is attached to");
		}
		byte[] content = store.content(id);
		if (!vn.xdd.shared.Checksums.sha256(content).equals(file.sha256())) {
			throw new IllegalStateException("Checksum mismatch for attachment " + id.value());
		}
		events.publishEvent(new AttachmentDownloaded(id.value(), file.fileName()));
		return new Opened(file, content);
	}
}
