package vn.xdd.document.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.document.model.Block;
import vn.xdd.document.model.Block.Cell;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.TagTally;
import vn.xdd.review.UnitBreakdown;
import vn.xdd.review.UnitTally;

/**
 * The figures of a results report, taken as they are from the register's counts: Biểu 1 by unit,
 * Biểu 2 by tag, and the totals sentence. The same rows feed the document and the Excel file.
 */
public record ReportFigures(UnitBreakdown byUnit, List<TagTally> byTag) {

	public static final String TABLE1_CAPTION = "Biểu 1. Kết quả khắc phục hạn chế, khuyết điểm theo đơn vị";

	public static final String TABLE2_CAPTION = "Biểu 2. Kết quả khắc phục hạn chế, khuyết điểm theo biểu hiện, lĩnh vực";

	/** The eight columns after the name, in order; the four results sit under "Kết quả khắc phục". */
	public static final List<String> RESULT_COLUMNS = List.of("Đã xác nhận khắc phục", "Đã báo cáo, chờ xác nhận",
			"Đang khắc phục", "Chưa khắc phục");

	public ReportFigures {
		byTag = List.copyOf(byTag);
	}

	/** A row of a table: a label, the figures, and whether it is the total line. */
	public record Row(String number, String label, ShortcomingTally tally, boolean total) {

		/** Tổng số, the four results, Quá hạn: the figures of the row as printed. */
		public List<Long> counts() {
			return List.of(tally.total(), tally.verified(), tally.reported(), tally.inProgress() + tally.returned(),
					tally.open(), tally.overdue());
		}

		/** The share verified remedied in percent, one decimal; null for a row without items. */
		public @Nullable BigDecimal percent() {
			return percent(tally);
		}

		static @Nullable BigDecimal percent(ShortcomingTally tally) {
			return tally.total() == 0 ? null
					: BigDecimal.valueOf(tally.verified() * 100L).divide(BigDecimal.valueOf(tally.total()), 1,
							RoundingMode.HALF_UP);
		}
	}

	/** Biểu 1: the unit's own items, each subordinate's subtree, the total. */
	public List<Row> unitRows() {
		List<Row> rows = new ArrayList<>();
		int n = 0;
		rows.add(new Row(Integer.toString(++n), byUnit.name() + " (cấp mình)", byUnit.own().tally(), false));
		for (UnitTally child : byUnit.children()) {
			rows.add(new Row(Integer.toString(++n), child.name(), child.tally(), false));
		}
		rows.add(new Row("", "Tổng cộng", byUnit.total(), true));
		return rows;
	}

	/** Biểu 2: a row per tag; an item with several tags counts under each, so there is no total line. */
	public List<Row> tagRows() {
		List<Row> rows = new ArrayList<>();
		int n = 0;
		for (TagTally tag : byTag) {
			rows.add(new Row(Integer.toString(++n), tag.label(), tag.tally(), false));
		}
		return rows;
	}

	/** Tổng số 45 hạn chế, khuyết điểm; đã khắc phục được xác nhận 31 (68,9%); quá hạn 6. */
	public String totalsSentence() {
		ShortcomingTally t = byUnit.total();
		BigDecimal percent = Row.percent(t);
		return "Tổng số " + t.total() + " hạn chế, khuyết điểm; đã khắc phục được xác nhận " + t.verified()
				+ (percent == null ? "" : " (" + percentText(percent) + "%)") + "; đã báo cáo, chờ xác nhận "
				+ t.reported() + "; đang khắc phục " + (t.inProgress() + t.returned()) + "; chưa khắc phục " + t.open()
				+ "; quá hạn " + t.overdue() + ".";
	}

	public static String percentText(BigDecimal percent) {
		return percent.toPlainString().replace('.', ',');
	}

	public Block.Table unitTable() {
		return table(TABLE1_CAPTION, "Đơn vị", unitRows());
	}

	public Block.Table tagTable() {
		return table(TABLE2_CAPTION, "Biểu hiện, lĩnh vực", tagRows());
	}

	/** TT | name | Tổng số | Kết quả khắc phục (4) | Quá hạn | Tỷ lệ (%), the results under a merged cell. */
	private static Block.Table table(String caption, String nameHeader, List<Row> rows) {
		List<Cell> first = List.of(Cell.header("TT", 1, 2), Cell.header(nameHeader, 1, 2), Cell.header("Tổng số", 1, 2),
				Cell.header("Kết quả khắc phục", 4, 1), Cell.header("Quá hạn", 1, 2), Cell.header("Tỷ lệ (%)", 1, 2));
		List<Cell> second = RESULT_COLUMNS.stream().map(c -> Cell.header(c, 1, 1)).toList();
		List<List<Cell>> body = new ArrayList<>();
		for (Row row : rows) {
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(row.number(), 1, 1, row.total(), false));
			cells.add(new Cell(row.label(), 1, 1, row.total(), false));
			for (long count : row.counts()) {
				cells.add(new Cell(Long.toString(count), 1, 1, row.total(), true));
			}
			BigDecimal percent = row.percent();
			cells.add(new Cell(percent == null ? "" : percentText(percent), 1, 1, row.total(), true));
			body.add(cells);
		}
		return new Block.Table(caption, List.of(first, second), body);
	}
}
