package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sanction barring its subject from cadre planning and from appointment to a higher post, until
 * its last barred day, under the regulation in force on its decision day.
 *
 * @param citation the regulation setting the bar (e.g. ‘Quy định 377-QĐ/TW ngày 08/10/2025’)
 * @param confirmed false when the bar's figures come from secondary sources ([unconfirmed])
 */
public record PlanningBar(Sanction sanction, LocalDate lastBarredDay, String citation, boolean confirmed) {

	public PlanningBar {
		Objects.requireNonNull(sanction, "sanction");
		Objects.requireNonNull(lastBarredDay, "lastBarredDay");
		Objects.requireNonNull(citation, "citation");
	}
}
