package vn.xdd.organization.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The last day of a position the member holds. */
public class EndPositionForm implements Serializable {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastDay;

	public @Nullable LocalDate getLastDay() {
		return lastDay;
	}

	public void setLastDay(@Nullable LocalDate lastDay) {
		this.lastDay = lastDay;
	}
}
