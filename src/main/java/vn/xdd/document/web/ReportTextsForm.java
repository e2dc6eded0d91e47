package vn.xdd.document.web;

import org.jspecify.annotations.Nullable;

/** The editable parts of a report, with the version the user started from. */
public record ReportTextsForm(int version, @Nullable String situation, @Nullable String limitations,
		@Nullable String tasksAhead, @Nullable String recommendations) {
}
