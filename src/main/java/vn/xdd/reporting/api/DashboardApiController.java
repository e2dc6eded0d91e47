package vn.xdd.reporting.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.reporting.application.Dashboard;
import vn.xdd.reporting.application.PlanFigures;
import vn.xdd.reporting.application.ShowDashboard;
import vn.xdd.review.ShortcomingTally;
import vn.xdd.review.UnitTally;
import vn.xdd.shared.NotFoundException;

/** The remediation figures of a unit of the caller's scope, as the dashboard shows them. */
@RestController
@Tag(name = "Tổng hợp khắc phục", description = "Số liệu khắc phục hạn chế, khuyết điểm theo đơn vị, phân loại và tháng")
class DashboardApiController {

	private final ShowDashboard showDashboard;

	DashboardApiController(ShowDashboard showDashboard) {
		this.showDashboard = showDashboard;
	}

	/**
	 * Figures of a group of items.
	 *
	 * @param verified verified remedied, closed items included
	 * @param percentVerified null for a group without items
	 */
	record TallyJson(long total, long open, long inProgress, long reported, long verified, long returned, long overdue,
			@Nullable Integer percentVerified) {

		static TallyJson of(ShortcomingTally t) {
			return new TallyJson(t.total(), t.open(), t.inProgress(), t.reported(), t.verified(), t.returned(),
					t.overdue(), t.percentVerified().isPresent() ? t.percentVerified().getAsInt() : null);
		}
	}

	/** @param subtree false for the unit's own items, true for a subordinate with everything below it */
	record RowJson(long unitId, String name, boolean subtree, TallyJson figures) {

		static RowJson of(UnitTally u) {
			return new RowJson(u.unit().value(), u.name(), u.subtree(), TallyJson.of(u.tally()));
		}
	}

	record TagJson(String code, String taxonomyCode, String label, TallyJson figures) {
	}

	/** @param month yyyy-MM */
	record MonthJson(String month, long recorded, long verified, long openAtEnd) {
	}

	/** A plan issued in the unit's subtree and the figures of the items its tasks address. */
	record PlanJson(long planId, String numberSymbol, String issuedOn, String title, long issuingUnitId,
			String issuingUnitName, String status, TallyJson figures) {

		static PlanJson of(PlanFigures f) {
			var p = f.plan();
			return new PlanJson(p.id().value(), p.numberSymbol(), p.issuedOn().toString(), p.title(),
					p.issuingUnit().value(), p.issuingUnitName(), p.status().name(), TallyJson.of(f.tally()));
		}
	}

	record DashboardJson(long unitId, String unitName, RowJson own, List<RowJson> children, TallyJson total,
			List<TagJson> tags, List<MonthJson> trend, List<PlanJson> plans) {

		static DashboardJson of(Dashboard d) {
			var b = d.breakdown();
			return new DashboardJson(b.unit().value(), b.name(), RowJson.of(b.own()),
					b.children().stream().map(RowJson::of).toList(), TallyJson.of(b.total()),
					d.tags()
						.stream()
						.map(t -> new TagJson(t.code(), t.taxonomyCode(), t.label(), TallyJson.of(t.tally())))
						.toList(),
					d.trend()
						.stream()
						.map(m -> new MonthJson(m.month().toString(), m.recorded(), m.verified(), m.openAtEnd()))
						.toList(),
					d.plans().stream().map(PlanJson::of).toList());
		}
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "Số liệu khắc phục của một đơn vị (mặc định: đơn vị đang làm việc)")
	DashboardJson dashboard(@RequestParam(required = false) @Nullable Long unit) {
		return showDashboard.show(unit)
			.map(DashboardJson::of)
			.orElseThrow(() -> new NotFoundException("ORG_UNIT", "active"));
	}
}
