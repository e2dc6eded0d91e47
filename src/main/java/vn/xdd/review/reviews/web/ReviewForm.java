package vn.xdd.review.reviews.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The review form: strengths, new shortcomings (blank rows are ignored), results of remedying earlier items. */
public class ReviewForm {

	/** Blank shortcoming rows offered on each page; the form works without JavaScript. */
	static final int BLANK_ITEMS = 3;

	private String strengths = "";

	private int version;

	private List<Item> items = new ArrayList<>();

	private List<Update> updates = new ArrayList<>();

	/** One shortcoming named in the review. */
	public static class Item {

		private String text = "";

		private List<String> tags = new ArrayList<>();

		private @Nullable String cause;

		private @Nullable String responsibility;

		private String remedy = "";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate deadline;

		private @Nullable String answerable;

		public String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text == null ? "" : text;
		}

		public List<String> getTags() {
			return tags;
		}

		public void setTags(@Nullable List<String> tags) {
			this.tags = tags == null ? new ArrayList<>() : tags;
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

		public void setRemedy(@Nullable String remedy) {
			this.remedy = remedy == null ? "" : remedy;
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

		boolean blank() {
			return text.isBlank() && remedy.isBlank() && tags.isEmpty();
		}
	}

	/** The result of remedying one earlier item; a blank status leaves it unchanged. */
	public static class Update {

		private long id;

		private @Nullable String status;

		private String note = "";

		public long getId() {
			return id;
		}

		public void setId(long id) {
			this.id = id;
		}

		public @Nullable String getStatus() {
			return status;
		}

		public void setStatus(@Nullable String status) {
			this.status = status;
		}

		public String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note == null ? "" : note;
		}
	}

	public String getStrengths() {
		return strengths;
	}

	public void setStrengths(@Nullable String strengths) {
		this.strengths = strengths == null ? "" : strengths;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public List<Item> getItems() {
		return items;
	}

	public void setItems(@Nullable List<Item> items) {
		this.items = items == null ? new ArrayList<>() : items;
	}

	public List<Update> getUpdates() {
		return updates;
	}

	public void setUpdates(@Nullable List<Update> updates) {
		this.updates = updates == null ? new ArrayList<>() : updates;
	}
}
