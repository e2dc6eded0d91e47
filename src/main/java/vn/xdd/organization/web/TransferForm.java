package vn.xdd.organization.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The transfer to another chapter on a member's page. */
public class TransferForm implements Serializable {

	private @Nullable Long chapterId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	private @Nullable String decisionRef;

	public @Nullable Long getChapterId() {
		return chapterId;
	}

	public void setChapterId(@Nullable Long chapterId) {
		this.chapterId = chapterId;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(@Nullable String decisionRef) {
		this.decisionRef = decisionRef;
	}
}
