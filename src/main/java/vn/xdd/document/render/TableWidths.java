package vn.xdd.document.render;

import java.util.List;

import vn.xdd.document.model.Block.Cell;

/** Column widths from the length of their texts: names get room, figures stay narrow. */
final class TableWidths {

	private static final int MIN_WEIGHT = 6;
	private static final int MAX_WEIGHT = 32;

	private TableWidths() {
	}

	/** Widths in any unit, summing to {@code total}. */
	static int[] of(List<List<Cell>> rows, int columns, int total) {
		var weights = weights(rows, columns);
		int sum = 0;
		for (int weight : weights) {
			sum += weight;
		}
		var widths = new int[columns];
		int used = 0;
		for (int c = 0; c < columns; c++) {
			widths[c] = c == columns - 1 ? total - used : total * weights[c] / sum;
			used += widths[c];
		}
		return widths;
	}

	static float[] relative(List<List<Cell>> rows, int columns) {
		var weights = weights(rows, columns);
		var result = new float[columns];
		for (int c = 0; c < columns; c++) {
			result[c] = weights[c];
		}
		return result;
	}

	private static int[] weights(List<List<Cell>> rows, int columns) {
		var weights = new int[columns];
		java.util.Arrays.fill(weights, MIN_WEIGHT);
		for (var row : TableGrid.slots(rows, columns)) {
			for (var slot : row) {
				if (slot.continuation() || slot.cell().colSpan() != 1 || slot.column() >= columns) {
					continue;
				}
				int longestLine = 0;
				int longestWord = 0;
				for (var line : slot.cell().text().split("\n")) {
					longestLine = Math.max(longestLine, line.length());
					for (var word : line.split("\\s+")) {
						longestWord = Math.max(longestWord, word.length());
					}
				}
				// a column is never narrower than its longest word (STT, Tổng số), nor wider than a long name
				// needs; bold header texts may wrap over three lines, so they ask for a third of their length
				int wrapLines = slot.cell().bold() && !slot.cell().numeric() ? 3 : 1;
				int weight = Math.max(Math.min(MAX_WEIGHT, longestLine / wrapLines + 2), longestWord + 4);
				weights[slot.column()] = Math.max(weights[slot.column()], weight);
			}
		}
		return weights;
	}
}
