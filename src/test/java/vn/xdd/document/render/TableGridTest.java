package vn.xdd.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.document.model.Block.Cell;

/** Merged cells land where an official form puts them, whichever column the merge starts in. */
class TableGridTest {

	@Test
	void cellsSpanningRowsContinueInTheirColumnsAndTheRestFillsTheGaps() {
		var rows = List.of(
				List.of(Cell.header("Đơn vị", 1, 2), Cell.header("Trong đó", 2, 1), Cell.header("Ghi chú", 1, 2)),
				List.of(Cell.header("Đã khắc phục", 1, 1), Cell.header("Chưa khắc phục", 1, 1)),
				List.of(Cell.text("Xã Đồng Tân"), Cell.number(3), Cell.number(1), Cell.text("")));
		assertThat(TableGrid.columns(rows)).isEqualTo(4);
		var slots = TableGrid.slots(rows, 4);
		assertThat(slots.get(0)).extracting(TableGrid.Slot::column).containsExactly(0, 1, 3);
		var second = slots.get(1);
		assertThat(second).extracting(TableGrid.Slot::column).containsExactly(0, 1, 2, 3);
		assertThat(second).extracting(TableGrid.Slot::continuation).containsExactly(true, false, false, true);
		assertThat(second.get(0).cell().text()).isEqualTo("Đơn vị");
		assertThat(second.get(3).cell().text()).isEqualTo("Ghi chú");
		assertThat(slots.get(2)).extracting(TableGrid.Slot::continuation).containsOnly(false);
		assertThat(slots.get(2)).extracting(TableGrid.Slot::column).containsExactly(0, 1, 2, 3);
	}

	@Test
	void aCellSpanningThreeRowsContinuesTwice() {
		var rows = List.of(List.of(Cell.text("1"), new Cell("Huyện ủy", 1, 3, false, false), Cell.number(5)),
				List.of(Cell.text("2"), Cell.number(6)), List.of(Cell.text("3"), Cell.number(7)),
				List.of(Cell.text("4"), Cell.text("Thị ủy"), Cell.number(8)));
		var slots = TableGrid.slots(rows, 3);
		assertThat(slots.get(1).get(1).continuation()).isTrue();
		assertThat(slots.get(2).get(1).continuation()).isTrue();
		assertThat(slots.get(2).get(1).lastRowOfSpan()).isTrue();
		assertThat(slots.get(3).get(1).continuation()).isFalse();
		assertThat(slots.get(3).get(1).cell().text()).isEqualTo("Thị ủy");
		assertThat(slots.get(2).get(2).cell().text()).isEqualTo("7");
	}
}
