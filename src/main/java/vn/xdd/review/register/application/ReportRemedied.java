package vn.xdd.review.register.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.FileId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.domain.ShortcomingRow;

/**
 * The holder's side reports an item remedied, with evidence: a note saying what was done, and
 * files. The upper level then verifies or returns it.
 */
@Service
public class ReportRemedied {

	private final Transitions transitions;

	private final RegisterPermissions permissions;

	public ReportRemedied(Transitions transitions, RegisterPermissions permissions) {
		this.transitions = transitions;
		this.permissions = permissions;
	}

	@Transactional
	public void report(long id, @Nullable Integer version, String note, List<FileId> files) {
		ShortcomingRow row = transitions.reachable(id);
		ShortcomingLifeCycle.REPORT.enforce(permissions.step(row, ShortcomingStatus.REPORTED, note, files.size()));
		transitions.move(row, version, ShortcomingStatus.REPORTED, note, null, "STATUS");
		transitions.evidence(row, note, files);
	}
}
