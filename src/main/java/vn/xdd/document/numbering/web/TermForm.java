package vn.xdd.document.numbering.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A committee term to declare. */
record TermForm(@Nullable String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn) {
}
