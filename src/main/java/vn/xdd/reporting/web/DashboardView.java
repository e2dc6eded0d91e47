package vn.xdd.reporting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard page: every figure is a link to the register's list of the very items it counts.
 *
 * @param ownRow the unit's own items; {@code rows} one per direct subordinate, with its subtree
 */
record DashboardView(long unitId, String unitName, List<Crumb> trail, Row ownRow, List<Row> rows, Row totalRow,
		List<Row> tags, List<Month> trend, Chart unitChart, Chart trendChart, List<PlanRow> plans) {

	/**
	 * A remediation plan and the figures of the items its tasks address; every figure leads to the
	 * plan's list of those items with their status.
	 */
	record PlanRow(long id, String numberSymbol, String issuedOn, String title, String issuingUnitName,
			String statusKey, Row figures) {
	}

	/** An ancestor in the breadcrumb: a link to its own dashboard. */
	record Crumb(long unitId, String name) {
	}

	/** A number and the address of the list of the items it counts. */
	record Cell(long value, String href) {
	}

	/**
	 * One row of figures.
	 *
	 * @param drillHref the subordinate's own dashboard, for child rows only
	 * @param code the tag's code, for tag rows only
	 */
	record Row(String key, String name, @Nullable String drillHref, @Nullable String code, Cell total, Cell open,
			Cell inProgress, Cell reported, Cell verified, Cell returned, Cell overdue, String percent) {
	}

	record Month(String label, long recorded, long verified, long openAtEnd) {
	}

	/** A chart's data for app.js: JSON arrays of labels, series names and one array of values per series. */
	record Chart(String labels, String series, String values) {
	}
}
