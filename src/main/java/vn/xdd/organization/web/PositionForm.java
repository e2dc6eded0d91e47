package vn.xdd.organization.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.xdd.organization.PositionKind;


/** A position given to a member, on the member's page. */
public class PositionForm implements Serializable {

	private @Nullable Long unitId;

	private @Nullable String title;

	private @Nullable PositionKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	private @Nullable String decisionRef;

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable PositionKind getKind() {
		return kind;
	}

	public void setKind(@Nullable PositionKind kind) {
		this.kind = kind;
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
