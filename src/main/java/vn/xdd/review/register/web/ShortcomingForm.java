package vn.xdd.review.register.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form entering a shortcoming from an inspection, a supervision or a superior's comment. */
public class ShortcomingForm {

	private String sourceKind = "INSPECTION";

	private @Nullable String sourceRef;

	private String holderKind = "UNIT";

	private @Nullable Long holderUnitId;

	private @Nullable Long holderMemberId;

	private String text = "";

	private List<String> tags = new ArrayList<>();

	private @Nullable String cause;

	private @Nullable String responsibility;

	private String remedy = "";

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private @Nullable LocalDate deadline;

	private @Nullable String answerable;

	public String getSourceKind() {
		return sourceKind;
	}

	public void setSourceKind(String sourceKind) {
		this.sourceKind = sourceKind;
	}

	public @Nullable String getSourceRef() {
		return sourceRef;
	}

	public void setSourceRef(@Nullable String sourceRef) {
		this.sourceRef = sourceRef;
	}

	public String getHolderKind() {
		return holderKind;
	}

	public void setHolderKind(String holderKind) {
		this.holderKind = holderKind;
	}

	public @Nullable Long getHolderUnitId() {
		return holderUnitId;
	}

	public void setHolderUnitId(@Nullable Long holderUnitId) {
		this.holderUnitId = holderUnitId;
	}

	public @Nullable Long getHolderMemberId() {
		return holderMemberId;
	}

	public void setHolderMemberId(@Nullable Long holderMemberId) {
		this.holderMemberId = holderMemberId;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public List<String> getTags() {
		return tags;
	}

	public void setTags(List<String> tags) {
		this.tags = tags;
	}

	public @Nullable String getCause() {
		return cause;
	}

	public void setCause(@Nullable String cause) {
		this.cause = cause;
	}

	public @Nullable String getResponsibility() {
		return responsibility;
	}

	public void setResponsibility(@Nullable String responsibility) {
		this.responsibility = responsibility;
	}

	public String getRemedy() {
		return remedy;
	}

	public void setRemedy(String remedy) {
		this.remedy = remedy;
	}

	public @Nullable LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
	}

	public @Nullable String getAnswerable() {
		return answerable;
	}

	public void setAnswerable(@Nullable String answerable) {
		this.answerable = answerable;
	}
}
