package vn.xdd.review.register.application;

import vn.xdd.shared.Actor;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.FileId;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;

/** The holder's side adds a note or files to an item without changing its status. */
@Service
public class AddEvidence {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	private final JdbcShortcomings store;

	private final StoreEvidenceFiles files;

	public AddEvidence(Transitions transitions, RegisterPermissions permissions, JdbcShortcomings store,
			StoreEvidenceFiles files) {
		this.files = files;
		this.transitions = transitions;
		this.permissions = permissions;
		this.store = store;
	}

	/** Adds a note and files uploaded with it, in one transaction: a refusal keeps no file. */
	@Transactional
	public void addUploads(long id, String note, List<StoreEvidenceFiles.Upload> uploads) {
		add(id, note, uploads.isEmpty() ? List.of() : files.store(id, uploads));
	}

	@Transactional
	public void add(long id, String note, List<FileId> files) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.EVIDENCE.enforce(permissions.step(row, row.status(), note, files.size()));
		transitions.evidence(row, note, files);
		store.recordEvent(row.id(), "EVIDENCE", null, null, note.isBlank() ? null : note.strip(), null, null, null,
				Actor.currentName());
	}
}
