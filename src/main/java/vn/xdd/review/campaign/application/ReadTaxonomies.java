package vn.xdd.review.campaign.application;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.domain.ShortcomingTag;
import vn.xdd.review.campaign.domain.ShortcomingTaxonomy;
import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;
import vn.xdd.shared.AccessScope;

/** The taxonomies of shortcomings as the campaign pages and the administrator’s page read them. */
@Service
public class ReadTaxonomies {

	/** A taxonomy with all its tags, active or not. */
	public record WithTags(ShortcomingTaxonomy taxonomy, List<ShortcomingTag> tags) {
	}

	private final JdbcReviewCatalogue catalogue;

	private final AccessScope scope;

	ReadTaxonomies(JdbcReviewCatalogue catalogue, AccessScope scope) {
		this.catalogue = catalogue;
		this.scope = scope;
	}

	/** The taxonomies a new campaign may name. */
	@Transactional(readOnly = true)
	public List<ShortcomingTaxonomy> active() {
		return catalogue.taxonomies().stream().filter(ShortcomingTaxonomy::active).toList();
	}

	/** The names of the campaign’s taxonomies, in the taxonomies’ order. */
	@Transactional(readOnly = true)
	public List<String> namesOf(CampaignRecord campaign) {
		return catalogue.taxonomies()
			.stream()
			.filter(t -> campaign.taxonomyCodes().contains(t.code()))
			.map(ShortcomingTaxonomy::name)
			.toList();
	}

	/** Every taxonomy with all its tags: for the system administrator only. */
	@Transactional(readOnly = true)
	public List<WithTags> all() {
		if (!scope.isSystemAdministrator()) {
			throw new AccessDeniedException("taxonomies");
		}
		return catalogue.taxonomies()
			.stream()
			.map(t -> new WithTags(t, catalogue.tags(List.of(t.code()), true)))
			.toList();
	}
}
