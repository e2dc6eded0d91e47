package vn.xdd.review.register.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Deadline;
import vn.xdd.notification.DeadlineSource;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** Unresolved items with a deadline, for the daily notices to the holder unit's secretary. */
@Component
public class ShortcomingDeadlines implements DeadlineSource {

	private final JdbcShortcomings store;

	public ShortcomingDeadlines(JdbcShortcomings store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> openDeadlinesUntil(LocalDate horizon) {
		List<Deadline> deadlines = new ArrayList<>();
		for (ShortcomingRow row : store.unresolvedDueBy(horizon)) {
			String title = "Hạn chế, khuyết điểm: " + abbreviate(row.text());
			deadlines.add(new Deadline("shortcoming:" + row.id(), title, Objects.requireNonNull(row.deadline()),
					Addressee.role(Role.SECRETARY, new OrgUnitId(row.holderUnitId())), "/shortcomings/" + row.id()));
		}
		return deadlines;
	}

	static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 79) + "…";
	}
}
