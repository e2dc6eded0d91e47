package vn.xdd.review.campaign.application;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.BusinessRuleException;

/**
 * The system administrator extends the taxonomies of shortcomings (review-and-remediation.md:
 * seed data that an administrator can extend, each with a code): adds a tag, or deactivates one.
 * A tag is never deleted, since items of the register keep it; codes are stable.
 */
@Service
public class ManageTags {

	/** A tag was added or deactivated. */
	public record TagChanged(String code, String change) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "SHORTCOMING_TAG", code, null, change);
		}
	}

	private final JdbcReviewCatalogue catalogue;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	public ManageTags(JdbcReviewCatalogue catalogue, AccessScope scope, ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.scope = scope;
		this.events = events;
	}

	/** Adds a tag to a taxonomy; or deactivates one when {@code label} is null. */
	@Transactional
	public void change(String taxonomyOrTagCode, @Nullable String code, @Nullable String groupLabel,
			@Nullable String label) {
		if (!scope.isSystemAdministrator()) {
			throw new AccessDeniedException("taxonomies");
		}
		if (label == null) {
			if (!catalogue.setTagActive(taxonomyOrTagCode, false)) {
				throw new BusinessRuleException("taxonomy.error.unknownTag", taxonomyOrTagCode);
			}
			events.publishEvent(new TagChanged(taxonomyOrTagCode, "DEACTIVATED"));
			return;
		}
		String tagCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		if (!tagCode.matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
			throw new BusinessRuleException("taxonomy.error.code");
		}
		if (label.isBlank()) {
			throw new BusinessRuleException("taxonomy.error.label");
		}
		if (catalogue.tagExists(tagCode)) {
			throw new BusinessRuleException("taxonomy.error.duplicate", tagCode);
		}
		if (catalogue.taxonomies().stream().noneMatch(t -> t.code().equals(taxonomyOrTagCode))) {
			throw new BusinessRuleException("taxonomy.error.unknownTaxonomy", taxonomyOrTagCode);
		}
		catalogue.addTag(tagCode, taxonomyOrTagCode,
				groupLabel == null || groupLabel.isBlank() ? null : groupLabel.strip(), label.strip());
		events.publishEvent(new TagChanged(tagCode, "ADDED: " + label.strip()));
	}
}
