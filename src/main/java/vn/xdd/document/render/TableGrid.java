package vn.xdd.document.render;

import java.util.ArrayList;
import java.util.List;

import vn.xdd.document.model.Block.Cell;

/**
 * The positions of a table's cells on its grid: the model leaves out positions covered by a cell
 * spanning rows from above, Word wants them as continuation cells (vMerge) instead.
 */
final class TableGrid {

	/** A position in a row: the cell that starts there, or the continuation of a cell above. */
	record Slot(Cell cell, int column, boolean continuation, boolean lastRowOfSpan) {
	}

	private TableGrid() {
	}

	static int columns(List<List<Cell>> rows) {
		var slots = slots(rows, Integer.MAX_VALUE);
		int columns = 0;
		for (var row : slots) {
			int width = row.stream().mapToInt(s -> s.column() + s.cell().colSpan()).max().orElse(0);
			columns = Math.max(columns, width);
		}
		return columns;
	}

	/** The slots of each row, continuation cells included, in column order. */
	static List<List<Slot>> slots(List<List<Cell>> rows, int maxColumns) {
		var result = new ArrayList<List<Slot>>();
		// pending[c] = the cell spanning rows that still covers column c, and how many rows it still covers
		var pendingCell = new ArrayList<Cell>();
		var pendingRows = new ArrayList<Integer>();
		var pendingStart = new ArrayList<Integer>();
		for (var row : rows) {
			var slots = new ArrayList<Slot>();
			int column = 0;
			var cells = row.iterator();
			while (cells.hasNext() || column < pendingCell.size()) {
				if (column < pendingCell.size() && pendingCell.get(column) != null
						&& pendingStart.get(column) == column) {
					var above = pendingCell.get(column);
					int left = pendingRows.get(column) - 1;
					slots.add(new Slot(above, column, true, left == 0));
					for (int c = column; c < column + above.colSpan(); c++) {
						pendingRows.set(c, left);
						if (left == 0) {
							pendingCell.set(c, null);
						}
					}
					column += above.colSpan();
					continue;
				}
				if (!cells.hasNext()) {
					column++;
					continue;
				}
				var cell = cells.next();
				int span = Math.max(1, Math.min(cell.colSpan(), maxColumns));
				slots.add(new Slot(cell, column, false, cell.rowSpan() <= 1));
				if (cell.rowSpan() > 1) {
					while (pendingCell.size() < column + span) {
						pendingCell.add(null);
						pendingRows.add(0);
						pendingStart.add(-1);
					}
					for (int c = column; c < column + span; c++) {
						pendingCell.set(c, cell);
						pendingRows.set(c, cell.rowSpan() - 1);
						pendingStart.set(c, column);
					}
				}
				column += span;
			}
			result.add(slots);
		}
		return result;
	}
}
