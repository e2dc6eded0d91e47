/**
 * Quality evaluation and classification (đánh giá, xếp loại chất lượng) of party organisations and
 * members: the rule set of each year with its words, gates and quota; the round of a year from the
 * self-assessment to the published result; results by year (entered, imported or published); the
 * classification table of a year. Rules: ../shared/domain/classification.md, ADR 0014.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "discipline", "review" })
@NullMarked
package vn.xdd.classification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
