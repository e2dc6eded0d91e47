package vn.xdd.organization.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.PoliticalTheory;
import vn.xdd.organization.Sex;
import vn.xdd.organization.application.MemberEvents.MembersExported;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.excel.MemberWorkbookWriter;
import vn.xdd.organization.excel.WorkbookText;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.MemberFilter;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Writes the member list, filtered as on the list page and in its order, to an Excel workbook with
 * the template's columns, so that an export imports back unchanged. Ethnicity and religion are left
 * empty for members whose chapter the user may not see them in (and the file says so). Every export
 * leaves a line in the audit trail, even one that fails half-way: data may already have left.
 */
@Component
public class ExportMembers {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final MemberListQuery query;

	private final JdbcMembers members;

	private final OrgUnits units;

	private final MemberAccess access;

	private final MemberWorkbookWriter writer;

	private final WorkbookText text;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ExportMembers(MemberListQuery query, JdbcMembers members, OrgUnits units, MemberAccess access,
			MemberWorkbookWriter writer, WorkbookText text, ApplicationEventPublisher events, Clock clock) {
		this.query = query;
		this.members = members;
		this.units = units;
		this.access = access;
		this.writer = writer;
		this.text = text;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An export ready to be written: the list it covers (already limited to the user's scope) and
	 * the names of its file.
	 *
	 * @param fileName an ASCII name ("dang-vien-chi-bo-thon-dong-20260115.xlsx")
	 * @param fileNameUtf8 the same with the unit's name as written ("dang-vien-Chi-bộ-Thôn-Đông-20260115.xlsx")
	 */
	public record Plan(OrgUnitId unit, String unitName, LocalDate day, MemberFilter filter, String description,
			String fileName, String fileNameUtf8) {

		/** The Content-Disposition of the download. */
		public String contentDisposition() {
			return ExportMembers.contentDisposition(fileName, fileNameUtf8);
		}
	}

	/** An attachment with an ASCII name and a UTF-8 one for browsers that read it (RFC 6266, RFC 5987). */
	public static String contentDisposition(String asciiName, String utf8Name) {
		return vn.xdd.shared.Downloads.attachment(asciiName, utf8Name);
	}

	/** Checks the request against the user's scope and names the file; reads no member yet. */
	public Plan plan(MemberListQuery.Params params) {
		MemberFilter filter = query.filter(params);
		OrgUnitId unit = query.unit(params);
		String unitName = units.find(unit).map(u -> u.name()).orElse(unit.toString());
		LocalDate day = LocalDate.now(clock);
		String ascii = VietnameseText.searchKey(unitName).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		String utf8 = unitName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "").replaceAll("\\s+", "-");
		String date = day.format(FILE_DAY);
		return new Plan(unit, unitName, day, filter, describe(params, unitName, unit),
				"dang-vien-" + shorten(ascii.isEmpty() ? unit.toString() : ascii) + "-" + date + ".xlsx",
				"dang-vien-" + shorten(utf8) + "-" + date + ".xlsx");
	}

	/**
	 * Writes the workbook to {@code out}, streaming the members from the database.
	 *
	 * @return the number of members written
	 */
	@Transactional(readOnly = true)
	public long write(Plan plan, OutputStream out) throws IOException {
		long[] written = new long[1];
		try (MemberWorkbookWriter.Export export = writer
			.startExport(text.get("member.export.title", plan.unitName(), plan.day().format(DAY)))) {
			Map<Long, Boolean> sensitive = new HashMap<>();
			boolean[] withheld = new boolean[1];
			members.forEach(plan.filter(), row -> {
				boolean sees = sensitive.computeIfAbsent(row.unitId(), id -> access.canReadSensitive(new OrgUnitId(id)));
				withheld[0] |= !sees;
				export.row(values(row, sees));
				written[0]++;
			});
			if (withheld[0]) {
				export.markSensitiveWithheld();
			}
			export.write(out);
		}
		finally {
			events.publishEvent(new MembersExported(plan.description(), written[0]));
		}
		return written[0];
	}

	private Map<MemberField, @Nullable Object> values(MemberRow row, boolean seesSensitive) {
		Map<MemberField, @Nullable Object> values = new EnumMap<>(MemberField.class);
		for (MemberField field : MemberField.values()) {
			if (field.sensitive() && !seesSensitive) {
				continue;
			}
			Object value = MemberColumns.value(row.record(), field);
			if (value instanceof Sex sex) {
				value = text.get(sex.messageKey());
			}
			else if (value instanceof PoliticalTheory theory) {
				value = text.get(theory.messageKey());
			}
			values.put(field, value);
		}
		values.put(MemberField.STATUS, text.get(row.status().messageKey()));
		values.put(MemberField.CHAPTER_ID, row.unitId());
		values.put(MemberField.CHAPTER_NAME, row.unitName());
		return values;
	}

	/** The list the file holds, for the audit trail. */
	private String describe(MemberListQuery.Params p, String unitName, OrgUnitId unit) {
		StringJoiner out = new StringJoiner("; ");
		out.add("đơn vị: " + unitName + " (" + unit + ")");
		List<MemberStatus> statuses = p.status();
		if (statuses != null && !statuses.isEmpty()) {
			out.add("trạng thái: " + String.join(", ", statuses.stream().map(s -> text.get(s.messageKey())).toList()));
		}
		if (p.q() != null && !p.q().isBlank()) {
			out.add("tìm: " + p.q().strip());
		}
		if (p.sex() != null) {
			out.add("giới tính: " + text.get(p.sex().messageKey()));
		}
		if (p.ethnicity() != null && !p.ethnicity().isBlank()) {
			out.add("dân tộc: (lọc theo dữ liệu nhạy cảm)");
		}
		if (p.age() != null) {
			out.add("tuổi: " + text.get(p.age().messageKey()));
		}
		if (p.position() != null && !p.position().isBlank()) {
			out.add("chức vụ: " + p.position());
		}
		if (p.theory() != null) {
			out.add("lý luận chính trị: " + text.get(p.theory().messageKey()));
		}
		return out.toString();
	}

	private static String shorten(String name) {
		return name.length() <= 80 ? name : name.substring(0, 80);
	}
}
