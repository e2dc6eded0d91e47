package vn.xdd.review.campaign.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.review.campaign.domain.ReviewRuleSet;
import vn.xdd.review.campaign.domain.ShortcomingTag;
import vn.xdd.review.campaign.domain.ShortcomingTaxonomy;

/** The reference data of reviews: rule sets and the taxonomies of shortcomings with their tags. */
@Repository
public class JdbcReviewCatalogue {

	private final JdbcClient jdbc;

	public JdbcReviewCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ReviewRuleSet> ruleSets() {
		return jdbc.sql("select code, name, effective_from, exempt_statuses, recent_admission_months from review_rule_set")
			.query((rs, row) -> new ReviewRuleSet(rs.getString("code"), rs.getString("name"),
					rs.getObject("effective_from", LocalDate.class), statuses(rs.getString("exempt_statuses")),
					(Integer) rs.getObject("recent_admission_months")))
			.list();
	}

	private static Set<String> statuses(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	public List<ShortcomingTaxonomy> taxonomies() {
		return jdbc.sql("select code, name, source, active from shortcoming_taxonomy order by sort_order, code")
			.query((rs, row) -> new ShortcomingTaxonomy(rs.getString("code"), rs.getString("name"), rs.getString("source"),
					rs.getBoolean("active")))
			.list();
	}

	/** The tags of the given taxonomies, active ones only unless {@code all}. */
	public List<ShortcomingTag> tags(Collection<String> taxonomyCodes, boolean all) {
		if (taxonomyCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select g.code, g.taxonomy_code, g.group_label, g.label, g.active
				from shortcoming_tag g join shortcoming_taxonomy t on t.code = g.taxonomy_code
				where g.taxonomy_code = any(?) and (g.active or ?)
				order by t.sort_order, g.sort_order, g.code""")
			.params(taxonomyCodes.toArray(String[]::new), all)
			.query((rs, row) -> new ShortcomingTag(rs.getString("code"), rs.getString("taxonomy_code"),
					rs.getString("group_label"), rs.getString("label"), rs.getBoolean("active")))
			.list();
	}

	public boolean tagExists(String code) {
		return jdbc.sql("select count(*) from shortcoming_tag where code = ?").param(code).query(Long.class).single() > 0;
	}

	public void addTag(String code, String taxonomyCode, @Nullable String groupLabel, String label) {
		jdbc.sql("""
				insert into shortcoming_tag (code, taxonomy_code, group_label, label, sort_order)
				select ?, ?, ?, ?, coalesce(max(sort_order), 0) + 1 from shortcoming_tag where taxonomy_code = ?""")
			.params(code, taxonomyCode, groupLabel, label, taxonomyCode)
			.update();
	}

	public boolean setTagActive(String code, boolean active) {
		return jdbc.sql("update shortcoming_tag set active = ? where code = ?").params(active, code).update() == 1;
	}
}
