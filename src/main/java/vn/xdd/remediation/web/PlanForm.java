package vn.xdd.remediation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The heading of a plan: issuing unit, number and symbol, date, title, campaign, group template. */
public record PlanForm(@Nullable Long unitId, @Nullable String numberSymbol,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn, @Nullable String title,
		@Nullable Long campaignId, @Nullable String templateCode, @Nullable Integer version) {
}
