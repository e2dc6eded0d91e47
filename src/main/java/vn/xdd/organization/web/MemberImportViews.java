package vn.xdd.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.ImportReport;
import vn.xdd.organization.application.ImportReport.FieldChange;
import vn.xdd.organization.application.ImportResult;
import vn.xdd.organization.application.MemberImportJobs.Job;
import vn.xdd.organization.application.MemberImportJobs.Phase;
import vn.xdd.shared.BusinessRuleException;

/** What the import page shows of a job, with every message already in the page's language. */
final class MemberImportViews {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private MemberImportViews() {
	}

	/** A job: its phase, its progress, its report or result. */
	record JobView(String id, String fileName, String phase, boolean running, boolean importing, int percent,
			long rowsDone, long rowsTotal, @Nullable ReportView report, @Nullable ImportResult result,
			@Nullable String failure, boolean confirmable, boolean uploadAgain) {
	}

	/** The report of a check: counts, problems and what each row does (the first of each). */
	record ReportView(long rows, long toCreate, long toUpdate, long unchanged, long errorCount, List<ProblemView> errors,
			boolean moreErrors, List<OutcomeView> outcomes, boolean moreOutcomes) {
	}

	record ProblemView(int row, String column, String message) {
	}

	record OutcomeView(int row, String fullName, String actionKey, String action, String changes) {
	}

	static JobView job(Job job, MessageSource messages, Locale locale) {
		ImportReport report = job.report();
		BusinessRuleException failure = job.failure();
		Phase phase = job.phase();
		return new JobView(job.id(), job.fileName(), phase.name(), phase.running(), phase == Phase.IMPORTING,
				job.percent(), job.rowsDone(), job.rowsTotal(), report == null ? null : report(report, messages, locale),
				job.result(),
				failure == null ? null : messages.getMessage(failure.messageKey(), failure.arguments(), locale),
				job.confirmable(), !phase.running() && !job.confirmable());
	}

	static ReportView report(ImportReport report, MessageSource messages, Locale locale) {
		List<ProblemView> errors = report.errors()
			.stream()
			.map(p -> new ProblemView(p.row(),
					p.column() == null ? "" : messages.getMessage(p.column().messageKey(), null, locale),
					messages.getMessage(p.messageKey(), p.arguments(), locale)))
			.toList();
		List<OutcomeView> outcomes = report.outcomes()
			.stream()
			.map(o -> new OutcomeView(o.row(), o.fullName(), o.action().messageKey(),
					messages.getMessage(o.action().messageKey(), null, locale), changes(o.changes(), messages, locale)))
			.toList();
		return new ReportView(report.rows(), report.toCreate(), report.toUpdate(), report.unchanged(),
				report.errorCount(), errors, report.errorCount() > errors.size(), outcomes,
				report.toCreate() + report.toUpdate() + report.unchanged() > outcomes.size());
	}

	/** "Nơi ở hiện nay: Thôn Đông → Thôn Tây; Điện thoại: (trống) → 0912345678". */
	static String changes(List<FieldChange> changes, MessageSource messages, Locale locale) {
		StringJoiner out = new StringJoiner("; ");
		for (FieldChange c : changes) {
			out.add(messages.getMessage(c.field().messageKey(), null, locale) + ": " + value(c.before(), messages, locale)
					+ " → " + value(c.after(), messages, locale));
		}
		return out.toString();
	}

	static String value(@Nullable Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return messages.getMessage("member.import.blank", null, locale);
		}
		if (value instanceof LocalDate date) {
			return date.format(DAY);
		}
		if (value instanceof Sex sex) {
			return messages.getMessage(sex.messageKey(), null, locale);
		}
		if (value instanceof PoliticalTheory theory) {
			return messages.getMessage(theory.messageKey(), null, locale);
		}
		return value.toString();
	}
}
