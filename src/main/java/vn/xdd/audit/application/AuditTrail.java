package vn.xdd.audit.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The audit trail as the page reads it: filtered lines, newest first, and what it can filter by. */
public interface AuditTrail {

	/** Lines matching the filter, newest first, older than {@code beforeId} when given (keyset paging). */
	List<Line> find(Filter filter, @Nullable Long beforeId, int limit, ZoneId zone);

	/** The record types that occur in the trail. */
	List<String> recordTypes();

	/** The actions that occur in the trail. */
	List<String> actions();

	/** One stored line of the trail. */
	record Line(long id, OffsetDateTime occurredAt, @Nullable String actor, String action, String recordType,
			@Nullable String recordId, @Nullable String before, @Nullable String after, @Nullable String detail,
			@Nullable String remoteAddress, @Nullable String messageKey, List<String> arguments) {
	}

	/** What the trail page filters on; null fields do not filter. */
	record Filter(@Nullable String actor, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String recordType, @Nullable String action) {
	}
}
