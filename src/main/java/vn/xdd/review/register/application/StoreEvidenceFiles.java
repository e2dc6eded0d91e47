package vn.xdd.review.register.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.Attachments;
import vn.xdd.files.FileId;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.shared.OrgUnitId;

/**
 * Stores uploaded evidence for an item, under its holder unit (so that the files are served to
 * the same scope as the item), after the holder-side check; size, kind and content are checked
 * by the files module.
 */
@Service
public class StoreEvidenceFiles {

	/** An uploaded file: its name as the user's machine gave it, and its bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	private final Attachments attachments;

	public StoreEvidenceFiles(Transitions transitions, RegisterPermissions permissions, Attachments attachments) {
		this.transitions = transitions;
		this.permissions = permissions;
		this.attachments = attachments;
	}

	@Transactional
	public List<FileId> store(long shortcomingId, List<Upload> uploads) {
		ShortcomingRow row = transitions.reachable(shortcomingId);
		ShortcomingLifeCycle.WORK.enforce(permissions.step(row, row.status()));
		OrgUnitId holder = new OrgUnitId(row.holderUnitId());
		List<FileId> stored = new ArrayList<>();
		for (Upload upload : uploads) {
			stored.add(attachments.store(holder, upload.fileName(), upload.content()).id());
		}
		return stored;
	}
}
