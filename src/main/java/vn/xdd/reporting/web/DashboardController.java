package vn.xdd.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.xdd.remediation.PlanSummary;
import vn.xdd.reporting.application.Dashboard;
import vn.xdd.reporting.application.PlanFigures;
import vn.xdd.reporting.application.ShowDashboard;
import vn.xdd.review.MonthTally;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.TagTally;
import vn.xdd.review.UnitBreakdown;
import vn.xdd.review.UnitTally;
import vn.xdd.reporting.web.DashboardView.Cell;
import vn.xdd.reporting.web.DashboardView.Chart;
import vn.xdd.reporting.web.DashboardView.Crumb;
import vn.xdd.reporting.web.DashboardView.Month;
import vn.xdd.reporting.web.DashboardView.PlanRow;
import vn.xdd.reporting.web.DashboardView.Row;

/**
 * Tổng hợp khắc phục, the remediation of shortcomings in a unit and its subordinates, with
 * drill-down to each subordinate and from each figure to the items it counts in the register.
 */
@Controller
class DashboardController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");


	private final ShowDashboard showDashboard;

	private final MessageSource messages;

	DashboardController(ShowDashboard showDashboard, MessageSource messages) {
		this.showDashboard = showDashboard;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable Long unit, Model model) {
		showDashboard.show(unit).ifPresent(d -> model.addAttribute("dash", view(d)));
		return "reporting/dashboard";
	}

	DashboardView view(Dashboard d) {
		UnitBreakdown b = d.breakdown();
		long unit = b.unit().value();
		Locale locale = LocaleContextHolder.getLocale();
		Row own = row("own", messages.getMessage("dashboard.ownItems", new Object[] { b.name() }, locale), null,
				null, new Filter(unit, false, null), b.own().tally());
		List<Row> rows = new ArrayList<>();
		for (UnitTally child : b.children()) {
			long id = child.unit().value();
			rows.add(row(Long.toString(id), child.name(), "/dashboard?unit=" + id, null, new Filter(id, true, null),
					child.tally()));
		}
		Row total = row("total", messages.getMessage("dashboard.total", null, locale), null, null,
				new Filter(unit, true, null), b.total());
		List<Row> tags = new ArrayList<>();
		for (TagTally tag : d.tags()) {
			tags.add(row("tag-" + tag.code(), tag.label(), null, tag.code(), new Filter(unit, true, tag.code()),
					tag.tally()));
		}
		List<Month> trend = d.trend()
			.stream()
			.map(m -> new Month(m.month().format(MONTH), m.recorded(), m.verified(), m.openAtEnd()))
			.toList();
		return new DashboardView(unit, b.name(),
				d.trail().stream().map(u -> new Crumb(u.id().value(), u.name())).toList(), own, rows, total, tags,
				trend, unitChart(b, locale), trendChart(d.trend(), locale),
				d.plans().stream().map(DashboardController::planRow).toList());
	}

	/**
	 * The register is not told about plans (review does not know remediation), so a plan's figures
	 * lead to the plan's own list of the items it addresses, each with its status and a link to it.
	 */
	static PlanRow planRow(PlanFigures f) {
		PlanSummary p = f.plan();
		String href = "/plans/" + p.id().value() + "#shortcomings";
		ShortcomingTally t = f.tally();
		Row figures = new Row("plan-" + p.id().value(), p.numberSymbol(), "/plans/" + p.id().value(), null,
				new Cell(t.total(), href), new Cell(t.open(), href), new Cell(t.inProgress(), href),
				new Cell(t.reported(), href), new Cell(t.verified(), href), new Cell(t.returned(), href),
				new Cell(t.overdue(), href), percent(t));
		return new PlanRow(p.id().value(), p.numberSymbol(), vn.xdd.shared.VietnameseText.date(p.issuedOn()), p.title(), p.issuingUnitName(),
				p.status().messageKey(), figures);
	}

	/** Which items a figure counts: the register list's parameters. */
	record Filter(long unit, boolean subtree, @Nullable String tag) {

		String href() {
			return base().build().encode().toUriString();
		}

		String href(ShortcomingStatus status) {
			return base().queryParam("status", status.name()).build().encode().toUriString();
		}

		String overdueHref() {
			return base().queryParam("overdue", true).build().encode().toUriString();
		}

		private UriComponentsBuilder base() {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/shortcomings")
				.queryParam("unit", unit)
				.queryParam("subtree", subtree);
			if (tag != null) {
				uri.queryParam("tag", tag);
			}
			return uri;
		}
	}

	static Row row(String key, String name, @Nullable String drillHref, @Nullable String code, Filter f,
			ShortcomingTally t) {
		return new Row(key, name, drillHref, code, new Cell(t.total(), f.href()),
				new Cell(t.open(), f.href(ShortcomingStatus.OPEN)),
				new Cell(t.inProgress(), f.href(ShortcomingStatus.IN_PROGRESS)),
				new Cell(t.reported(), f.href(ShortcomingStatus.REPORTED)),
				// Verified counts the closed items too, as the register list's status=VERIFIED does.
				new Cell(t.verified(), f.href(ShortcomingStatus.VERIFIED)),
				new Cell(t.returned(), f.href(ShortcomingStatus.RETURNED)), new Cell(t.overdue(), f.overdueHref()),
				percent(t));
	}

	/** A dash for a unit without items: nothing to remedy is not 100 percent remedied. */
	static String percent(ShortcomingTally t) {
		return t.percentVerified().isPresent() ? t.percentVerified().getAsInt() + "%" : "—";
	}

	/** Stacked bars: one bar per subordinate unit, one segment per stage of the life cycle. */
	Chart unitChart(UnitBreakdown b, Locale locale) {
		List<UnitTally> bars = new ArrayList<>();
		if (b.own().tally().total() > 0) {
			bars.add(b.own());
		}
		bars.addAll(b.children());
		List<String> labels = bars.stream()
			.map(u -> u.subtree() ? u.name() : messages.getMessage("dashboard.ownItems", new Object[] { u.name() }, locale))
			.toList();
		List<String> series = List.of("dashboard.open", "dashboard.inProgress", "dashboard.reported",
				"dashboard.returned", "dashboard.verified")
			.stream()
			.map(k -> messages.getMessage(k, null, locale))
			.toList();
		List<ToLongFunction<ShortcomingTally>> values = List.of(ShortcomingTally::open, ShortcomingTally::inProgress,
				ShortcomingTally::reported, ShortcomingTally::returned, ShortcomingTally::verified);
		return new Chart(Json.strings(labels), Json.strings(series), Json.matrix(values.stream()
			.map(v -> bars.stream().map(u -> v.applyAsLong(u.tally())).toList())
			.toList()));
	}

	/** Lines over the months: recorded, verified, open at the month's end. */
	Chart trendChart(List<MonthTally> trend, Locale locale) {
		List<String> series = List.of("dashboard.recorded", "dashboard.verifiedInMonth", "dashboard.openAtEnd")
			.stream()
			.map(k -> messages.getMessage(k, null, locale))
			.toList();
		return new Chart(Json.strings(trend.stream().map(m -> m.month().format(MONTH)).toList()), Json.strings(series),
				Json.matrix(List.of(trend.stream().map(MonthTally::recorded).toList(),
						trend.stream().map(MonthTally::verified).toList(),
						trend.stream().map(MonthTally::openAtEnd).toList())));
	}

	/** The few JSON arrays the charts read from data attributes. */
	static final class Json {

		private Json() {
		}

		static String strings(List<String> values) {
			StringBuilder out = new StringBuilder("[");
			for (String v : values) {
				if (out.length() > 1) {
					out.append(',');
				}
				out.append('"');
				for (char c : v.toCharArray()) {
					switch (c) {
						case '"' -> out.append("\\\"");
						case '\\' -> out.append("\\\\");
						default -> {
							if (c < 0x20) {
								out.append(String.format("\\u%04x", (int) c));
							}
							else {
								out.append(c);
							}
						}
					}
				}
				out.append('"');
			}
			return out.append(']').toString();
		}

		static String matrix(List<List<Long>> rows) {
			return rows.stream()
				.map(r -> r.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]")))
				.collect(java.util.stream.Collectors.joining(",", "[", "]"));
		}
	}
}
