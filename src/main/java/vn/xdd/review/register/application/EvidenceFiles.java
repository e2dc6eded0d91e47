package vn.xdd.review.register.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xdd.files.AttachmentHolder;
import vn.xdd.files.FileId;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.rule.RuleResult;

/** The register's evidence files: opened by whom the item they prove is shown to. */
@Component
class EvidenceFiles implements AttachmentHolder {

	private final JdbcShortcomings store;

	private final RegisterQueries queries;

	EvidenceFiles(JdbcShortcomings store, RegisterQueries queries) {
		this.store = store;
		this.queries = queries;
	}

	@Override
	public Optional<RuleResult> sightOf(FileId file) {
		List<ShortcomingRow> items = store.withEvidenceFile(file.value());
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(items.stream().anyMatch(queries::visible) ? RuleResult.allowed()
				: RuleResult.refused("visibility.error.attachment"));
	}
}
