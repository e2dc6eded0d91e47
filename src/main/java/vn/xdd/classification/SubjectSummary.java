package vn.xdd.classification;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * A subject of a round as other modules see it (the demo that walks a round, a document that lists
 * it): who, where, whether evaluated, how far it has come and the version its next step must name.
 *
 * @param frame the criteria frame it is scored on (COLLECTIVE, LEADER, INDIVIDUAL, OUTSIDE)
 */
public record SubjectSummary(SubjectId id, SubjectKind kind, OrgUnitId unit, @Nullable MemberId member, String name,
		boolean evaluated, Stage stage, @Nullable Level currentLevel, String frame, int version) {

	public SubjectSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(stage, "stage");
	}
}
