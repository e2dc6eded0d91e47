package vn.xdd.discipline.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/**
 * Which cases a list shows: placed in the given units, and optionally of one status, one form
 * decided, one kind of subject, or decided within a period (not annulled), or of one member.
 */
public record CaseFilter(@Nullable CaseStatus status, @Nullable DisciplineForm form, @Nullable SubjectKind subject,
		@Nullable LocalDate decidedFrom, @Nullable LocalDate decidedUntil, @Nullable Long memberId) {

	public static CaseFilter all() {
		return new CaseFilter(null, null, null, null, null, null);
	}

	String where() {
		List<String> parts = new ArrayList<>();
		parts.add("subject_unit_id = any(:units)");
		if (status != null) {
			parts.add("status = :status");
		}
		if (form != null) {
			parts.add("form = :form");
		}
		if (subject != null) {
			parts.add("subject_kind = :subject");
		}
		if (decidedFrom != null || decidedUntil != null) {
			parts.add("form is not null and annulled_on is null");
		}
		if (decidedFrom != null) {
			parts.add("decided_on >= :decidedFrom");
		}
		if (decidedUntil != null) {
			parts.add("decided_on <= :decidedUntil");
		}
		if (memberId != null) {
			parts.add("member_id = :member");
		}
		return String.join(" and ", parts);
	}

	MapSqlParameterSource params(Collection<Long> units) {
		MapSqlParameterSource params = new MapSqlParameterSource("units", units.toArray(Long[]::new));
		if (status != null) {
			params.addValue("status", status.name());
		}
		if (form != null) {
			params.addValue("form", form.name());
		}
		if (subject != null) {
			params.addValue("subject", subject.name());
		}
		if (decidedFrom != null) {
			params.addValue("decidedFrom", decidedFrom);
		}
		if (decidedUntil != null) {
			params.addValue("decidedUntil", decidedUntil);
		}
		if (memberId != null) {
			params.addValue("member", memberId);
		}
		return params;
	}
}
