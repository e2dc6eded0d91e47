package vn.xdd.document;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A draft of the results report of a unit over a period: the text blocks the unit writes; the
 * figures come from the register.
 *
 * @param campaignId the campaign the report answers, cited in the text; null for a periodic report
 */
public record ReportDraft(long id, OrgUnitId unit, LocalDate periodFrom, LocalDate periodTo,
		@Nullable Long campaignId, Texts texts, int version, String createdBy, Instant createdAt) {

	/**
	 * The editable parts.
	 *
	 * @param situation I. the situation and how the work was organised
	 * @param limitations III. limitations and their causes
	 * @param tasksAhead IV. tasks and solutions ahead
	 * @param recommendations V. proposals and recommendations
	 */
	public record Texts(String situation, String limitations, String tasksAhead, String recommendations) {

		public static final Texts EMPTY = new Texts("", "", "", "");
	}
}
