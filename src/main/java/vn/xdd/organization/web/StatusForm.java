package vn.xdd.organization.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.xdd.organization.MemberStatus;

/** The status change on a member's page: the new status from a date, and the chapter when coming back. */
public class StatusForm implements Serializable {

	private @Nullable MemberStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	private @Nullable String decisionRef;

	private @Nullable String note;

	private @Nullable Long chapterId;

	public @Nullable MemberStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable MemberStatus status) {
		this.status = status;
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

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable Long getChapterId() {
		return chapterId;
	}

	public void setChapterId(@Nullable Long chapterId) {
		this.chapterId = chapterId;
	}
}
