package vn.xdd.document.render;

import java.util.List;

/** Charts drawn on the server as PNG, for documents (pages draw their own with ECharts). */
public interface ChartRenderer {

	/**
	 * One bar per unit, stacked by status.
	 *
	 * @param units the units' names, in order
	 * @param series a series per status: its label and one value per unit
	 */
	byte[] statusByUnit(String title, List<String> units, List<Series> series);

	/** The share remedied as a donut: remedied against not yet remedied. */
	byte[] shareRemedied(String title, long remedied, long notRemedied);

	/** A named series of values, one per category. */
	record Series(String label, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}
	}
}
