package vn.xdd.organization.application;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.ImportReport.Action;
import vn.xdd.organization.application.ImportReport.FieldChange;
import vn.xdd.organization.application.ImportReport.RowOutcome;
import vn.xdd.organization.application.ImportReport.RowProblem;
import vn.xdd.organization.application.MemberEvents.MemberUpdated;
import vn.xdd.organization.application.MemberEvents.MembersImported;
import vn.xdd.organization.application.MemberRowParser.Candidate;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.Violation;
import vn.xdd.organization.excel.MemberSheetReader;
import vn.xdd.organization.excel.MemberSheetReader.Layout;
import vn.xdd.organization.excel.MemberSheetReader.SheetRow;
import vn.xdd.organization.excel.WorkbookText;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.organization.persistence.JdbcMembers.Correction;
import vn.xdd.organization.persistence.JdbcMembers.NewMember;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Brings a member list in from an Excel file (the template's columns), in two steps: {@link #check}
 * reads the whole file and says, row by row, what would be created, what would be updated and how,
 * and what is wrong; {@link #run} does it in one transaction, all rows or none.
 *
 * <p>A row whose party-card number or citizen ID belongs to a member already in the registry
 * updates that member, with the rules of {@link UpdateMember}; other rows create members with the
 * rules of {@link RegisterMember} (the same rule lists, called here a thousand rows at a time). The
 * status and the chapter of an existing member are not changed by an import: they have their own
 * procedures with dates and decisions. An empty ethnicity or religion cell leaves the stored value
 * when the file was exported without them or the user may not see them. Permissions are checked
 * once per chapter, not once per row.
 */
@Component
public class ImportMembers {

	/** Rows matched against the registry and written together. */
	static final int CHUNK = 1000;

	private final MemberSheetReader reader;

	private final MemberRowParser parser;

	private final JdbcMembers members;

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	private final MemberAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public ImportMembers(MemberSheetReader reader, WorkbookText text, JdbcMembers members, JdbcOrgUnits units,
			AccessScope scope, MemberAccess access, ApplicationEventPublisher events, Clock clock) {
		this.reader = reader;
		this.parser = new MemberRowParser(text);
		this.members = members;
		this.units = units;
		this.scope = scope;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Refuses a file that is not a member workbook (see {@link MemberSheetReader}) by reading it up to
	 * its first data row.
	 */
	public void inspect(Path file) {
		reader.inspect(file);
	}

	/** Reads the file and reports what an import would do; changes nothing. */
	@Transactional(readOnly = true)
	public ImportReport check(Path file, ImportProgress progress) {
		Session session = new Session(false, progress);
		reader.read(file, session);
		return session.finish();
	}

	/**
	 * Imports the file in one transaction: every row is checked again (the registry may have
	 * changed since the check), and if one row is wrong nothing is saved.
	 *
	 * @throws MemberImportRejected when a row is wrong, with the report of every problem
	 */
	@Transactional
	public ImportResult run(Path file, String fileName, ImportProgress progress) {
		Session session = new Session(true, progress);
		reader.read(file, session);
		ImportReport report = session.finish();
		if (!report.valid()) {
			throw new MemberImportRejected(report);
		}
		events.publishEvent(new MembersImported(fileName, Math.toIntExact(session.created),
				Math.toIntExact(session.updated)));
		return new ImportResult(report.rows(), session.created, session.updated, report.unchanged());
	}

	/** Whether a chapter may receive members from this user, or why not. */
	private record ChapterCheck(long unitId, String name, @Nullable RowProblem refusal) {
	}

	/** Whether the user may update the members of a chapter, and see their sensitive data. */
	private record UnitRights(boolean reaches, boolean edits, boolean seesSensitive) {
	}

	/** One reading of a file: counts, problems, and (when writing) the rows waiting to be saved. */
	private final class Session implements MemberSheetReader.Rows {

		final boolean write;

		final ImportProgress progress;

		final LocalDate today = LocalDate.now(clock);

		final List<Candidate> chunk = new ArrayList<>(CHUNK);

		final Map<String, Integer> cardRows = new HashMap<>();

		final Map<String, Integer> citizenIdRows = new HashMap<>();

		final Map<Long, Integer> memberRows = new HashMap<>();

		final Map<Long, ChapterCheck> chapters = new HashMap<>();

		final Map<Long, UnitRights> rights = new HashMap<>();

		@Nullable Map<String, List<OrgUnitSummary>> unitsByName;

		final Map<String, List<OrgUnitSummary>> chaptersByName = new HashMap<>();

		final List<RowProblem> errors = new ArrayList<>();

		final List<RowOutcome> outcomes = new ArrayList<>();

		final List<NewMember> creates = new ArrayList<>();

		final List<Correction> corrections = new ArrayList<>();

		final List<MemberUpdated> updateEvents = new ArrayList<>();

		boolean sensitiveWithheld;

		long rows;

		long toCreate;

		long toUpdate;

		long unchanged;

		long errorCount;

		long created;

		long updated;

		long bytesRead;

		long bytesTotal = -1;

		Session(boolean write, ImportProgress progress) {
			this.write = write;
			this.progress = progress;
		}

		@Override
		public void start(Layout layout) {
			sensitiveWithheld = layout.sensitiveWithheld();
		}

		@Override
		public void row(SheetRow row) {
			chunk.add(parser.parse(row));
			rows++;
			if (chunk.size() >= CHUNK) {
				flush();
			}
		}

		@Override
		public void progress(long read, long total) {
			bytesRead = read;
			bytesTotal = total;
			if (rows % 100 == 0) {
				progress.update(rows, read, total);
			}
		}

		ImportReport finish() {
			flush();
			progress.update(rows, bytesTotal, bytesTotal);
			return new ImportReport(rows, toCreate, toUpdate, unchanged, errorCount, List.copyOf(errors),
					List.copyOf(outcomes));
		}

		/** Matches a chunk of rows against the registry in one query, checks each row, saves them. */
		void flush() {
			if (chunk.isEmpty()) {
				return;
			}
			List<String> cards = new ArrayList<>();
			List<String> citizenIds = new ArrayList<>();
			for (Candidate c : chunk) {
				if (c.record().partyCardNo() != null) {
					cards.add(c.record().partyCardNo());
				}
				if (c.record().citizenId() != null) {
					citizenIds.add(c.record().citizenId());
				}
			}
			Map<String, MemberRow> byCard = new HashMap<>();
			Map<String, MemberRow> byCitizenId = new HashMap<>();
			for (MemberRow m : members.findByPartyCardsOrCitizenIds(cards, citizenIds)) {
				if (m.record().partyCardNo() != null) {
					byCard.put(m.record().partyCardNo(), m);
				}
				if (m.record().citizenId() != null) {
					byCitizenId.put(m.record().citizenId(), m);
				}
			}
			RegisterMember.IdentifierHolders holders = new RegisterMember.IdentifierHolders() {

				@Override
				public boolean partyCardTaken(String partyCardNo, long exceptId) {
					MemberRow holder = byCard.get(partyCardNo);
					return holder != null && holder.id() != exceptId;
				}

				@Override
				public boolean citizenIdTaken(String citizenId, long exceptId) {
					MemberRow holder = byCitizenId.get(citizenId);
					return holder != null && holder.id() != exceptId;
				}

				@Override
				public boolean partyCardHolderUnseen(String partyCardNo, long exceptId) {
					MemberRow holder = byCard.get(partyCardNo);
					return holder != null && !rights(holder.unitId()).reaches();
				}

				@Override
				public boolean citizenIdHolderUnseen(String citizenId, long exceptId) {
					MemberRow holder = byCitizenId.get(citizenId);
					return holder != null && !rights(holder.unitId()).reaches();
				}
			};
			for (Candidate c : chunk) {
				List<RowProblem> problems = new ArrayList<>(c.problems());
				if (c.example()) {
					problems.add(new RowProblem(c.row(), MemberField.FULL_NAME, "member.import.error.exampleRow"));
					record(problems);
					continue;
				}
				duplicatesInFile(c, problems);
				MemberRow match = c.record().partyCardNo() == null ? null : byCard.get(c.record().partyCardNo());
				MemberField matchedBy = MemberField.PARTY_CARD_NO;
				if (match == null && c.record().citizenId() != null) {
					match = byCitizenId.get(c.record().citizenId());
					matchedBy = MemberField.CITIZEN_ID;
				}
				if (match == null) {
					create(c, problems, holders);
				}
				else {
					update(c, match, matchedBy, problems, holders);
				}
			}
			chunk.clear();
			if (write && errorCount == 0) {
				members.insertAll(creates);
				members.updateAll(corrections);
				updateEvents.forEach(events::publishEvent);
				created += creates.size();
				updated += corrections.size();
			}
			creates.clear();
			corrections.clear();
			updateEvents.clear();
			progress.update(rows, bytesRead, bytesTotal);
		}

		/** A party-card number or citizen ID given twice in the file. */
		void duplicatesInFile(Candidate c, List<RowProblem> problems) {
			String card = c.record().partyCardNo();
			if (card != null) {
				Integer first = cardRows.putIfAbsent(card, c.row());
				if (first != null) {
					problems.add(new RowProblem(c.row(), MemberField.PARTY_CARD_NO, "member.import.error.duplicateCard",
							card, first.toString()));
				}
			}
			String citizenId = c.record().citizenId();
			if (citizenId != null) {
				Integer first = citizenIdRows.putIfAbsent(citizenId, c.row());
				if (first != null) {
					problems.add(new RowProblem(c.row(), MemberField.CITIZEN_ID,
							"member.import.error.duplicateCitizenId", citizenId, first.toString()));
				}
			}
		}

		void create(Candidate c, List<RowProblem> problems, RegisterMember.IdentifierHolders holders) {
			ChapterCheck chapter = chapter(c, problems);
			MemberRecord record = c.record();
			MemberStatus initial = c.status() == null ? record.initialStatus() : c.status();
			List<Violation> violations = RegisterMember.newRecordViolations(record, initial, today);
			violations.addAll(RegisterMember.uniqueness(holders, record, 0));
			add(c, violations, problems);
			if (record(problems)) {
				toCreate++;
				outcome(new RowOutcome(c.row(), record.fullName(), Action.CREATE, List.of()));
				if (write && chapter != null) {
					creates.add(new NewMember(record, chapter.unitId(), initial,
							RegisterMember.statusSince(record, initial, today), null));
				}
			}
		}

		void update(Candidate c, MemberRow current, MemberField matchedBy, List<RowProblem> problems,
				RegisterMember.IdentifierHolders holders) {
			UnitRights unit = rights(current.unitId());
			if (!unit.reaches()) {
				// Outside the user's scope the member does not exist for her: the identifier is refused
				// without saying that another record holds it (ADR 0014).
				problems.add(matchedBy == MemberField.PARTY_CARD_NO
						? new RowProblem(c.row(), matchedBy, "member.error.partyCardUnusable", c.record().partyCardNo())
						: new RowProblem(c.row(), matchedBy, "member.error.citizenIdUnusable", c.record().citizenId()));
				record(problems);
				return;
			}
			if (!unit.edits()) {
				problems.add(new RowProblem(c.row(), matchedBy, "member.error.notAllowed"));
			}
			Integer first = memberRows.putIfAbsent(current.id(), c.row());
			if (first != null) {
				problems.add(new RowProblem(c.row(), matchedBy, "member.import.error.sameMember", first.toString()));
			}
			if (c.status() != null && c.status() != current.status()) {
				problems.add(new RowProblem(c.row(), MemberField.STATUS, "member.import.error.statusDiffers",
						new DefaultMessageSourceResolvable(current.status().messageKey())));
			}
			boolean otherChapter = c.chapterId() != null ? c.chapterId() != current.unitId()
					: c.chapterName() != null
							&& !VietnameseText.searchKey(c.chapterName()).equals(VietnameseText.searchKey(current.unitName()));
			if (otherChapter) {
				problems.add(new RowProblem(c.row(), c.chapterId() != null ? MemberField.CHAPTER_ID : MemberField.CHAPTER_NAME,
						"member.import.error.otherChapter", current.unitName()));
			}
			MemberRecord record = keepSensitive(c, current.record(), sensitiveWithheld || !unit.seesSensitive());
			List<Violation> violations = UpdateMember.correctionViolations(current, record, today);
			violations.addAll(RegisterMember.uniqueness(holders, record, current.id()));
			add(c, violations, problems);
			if (record(problems)) {
				List<FieldChange> changes = changes(current.record(), record);
				if (changes.isEmpty()) {
					unchanged++;
					outcome(new RowOutcome(c.row(), record.fullName(), Action.UNCHANGED, changes));
					return;
				}
				toUpdate++;
				outcome(new RowOutcome(c.row(), record.fullName(), Action.UPDATE, changes));
				if (write) {
					corrections.add(new Correction(current.id(), record, current.version()));
					updateEvents.add(new MemberUpdated(current.id(), UpdateMember.changes(current.record(), record, true),
							UpdateMember.changes(current.record(), record, false)));
				}
			}
		}

		/**
		 * Ethnicity and religion left empty stay as stored when the file was exported without them
		 * or the user may not see them: an empty cell there means "not shown", not "none".
		 */
		MemberRecord keepSensitive(Candidate c, MemberRecord stored, boolean keepEmpty) {
			MemberRecord r = c.record();
			if (!keepEmpty) {
				return r;
			}
			return new MemberRecord(r.fullName(), r.birthDate(), r.sex(),
					c.blank().contains(MemberField.ETHNICITY) ? stored.ethnicity() : r.ethnicity(),
					c.blank().contains(MemberField.RELIGION) ? stored.religion() : r.religion(), r.homeTown(),
					r.residence(), r.citizenId(), r.partyCardNo(), r.memberFileNo(), r.admittedOn(), r.fullMemberOn(),
					r.education(), r.qualification(), r.politicalTheory(), r.phone());
		}

		/** The chapter a new member joins: by its id, or by a name that names one chapter in scope. */
		@Nullable ChapterCheck chapter(Candidate c, List<RowProblem> problems) {
			ChapterCheck check;
			if (c.chapterId() != null) {
				check = chapters.computeIfAbsent(c.chapterId(), this::checkChapter);
				if (check.refusal() == null && c.chapterName() != null
						&& !VietnameseText.searchKey(c.chapterName()).equals(VietnameseText.searchKey(check.name()))) {
					problems.add(new RowProblem(c.row(), MemberField.CHAPTER_NAME, "member.import.error.chapterMismatch",
							c.chapterId().toString(), check.name(), c.chapterName()));
					return null;
				}
			}
			else if (c.chapterName() != null) {
				List<OrgUnitSummary> named = chaptersNamed(c.chapterName());
				if (named.isEmpty()) {
					problems.add(new RowProblem(c.row(), MemberField.CHAPTER_NAME, "member.import.error.chapterNameUnknown",
							c.chapterName()));
					return null;
				}
				if (named.size() > 1) {
					problems.add(new RowProblem(c.row(), MemberField.CHAPTER_NAME, "member.import.error.chapterAmbiguous",
							c.chapterName(), named.size()));
					return null;
				}
				check = chapters.computeIfAbsent(named.get(0).id().value(), this::checkChapter);
			}
			else {
				if (!c.unreadable(MemberField.CHAPTER_ID)) {
					problems.add(new RowProblem(c.row(), MemberField.CHAPTER_ID, "member.import.error.chapterRequired"));
				}
				return null;
			}
			if (check.refusal() != null) {
				RowProblem refusal = check.refusal();
				problems.add(new RowProblem(c.row(), refusal.column(), refusal.messageKey(), refusal.arguments()));
				return null;
			}
			return check;
		}

		/** Once per chapter: in scope, a chapter, open today, and the user may add members to it. */
		ChapterCheck checkChapter(long id) {
			OrgUnitId unit = new OrgUnitId(id);
			var found = units.find(unit);
			if (found.isEmpty() || !scope.reaches(unit)) {
				return new ChapterCheck(id, "", new RowProblem(0, MemberField.CHAPTER_ID, "member.import.error.chapterUnknown",
						Long.toString(id)));
			}
			try {
				RegisterMember.requireOpenChapter(units, unit, today);
			}
			catch (BusinessRuleException e) {
				return new ChapterCheck(id, found.get().name(),
						new RowProblem(0, MemberField.CHAPTER_ID, e.messageKey(), e.arguments()));
			}
			if (!access.canEdit(unit)) {
				return new ChapterCheck(id, found.get().name(),
						new RowProblem(0, MemberField.CHAPTER_ID, "member.error.notAllowed"));
			}
			return new ChapterCheck(id, found.get().name(), null);
		}

		/** The chapters in scope, open today, whose name reads the same (diacritics and case aside). */
		List<OrgUnitSummary> chaptersNamed(String name) {
			Map<String, List<OrgUnitSummary>> lookup = unitsByName;
			if (lookup == null) {
				Map<String, List<OrgUnitSummary>> byName = new HashMap<>();
				for (OrgUnitSummary unit : units.subtrees(scope.grantRoots())) {
					byName.computeIfAbsent(VietnameseText.searchKey(unit.name()), k -> new ArrayList<>()).add(unit);
				}
				unitsByName = byName;
				lookup = byName;
			}
			Map<String, List<OrgUnitSummary>> byKey = lookup;
			return chaptersByName.computeIfAbsent(VietnameseText.searchKey(name), key -> byKey.getOrDefault(key, List.of())
				.stream()
				.filter(u -> u.activeOn(today) && units.holdsMembers(u.id()))
				.toList());
		}

		UnitRights rights(long unitId) {
			return rights.computeIfAbsent(unitId, id -> {
				OrgUnitId unit = new OrgUnitId(id);
				boolean reaches = scope.reaches(unit);
				return new UnitRights(reaches, reaches && access.canEdit(unit), reaches && access.canReadSensitive(unit));
			});
		}

		/** The rule violations of a row, less those of a cell already reported as unreadable. */
		void add(Candidate c, List<Violation> violations, List<RowProblem> problems) {
			for (Violation v : violations) {
				if (!c.unreadable(v.field())) {
					problems.add(new RowProblem(c.row(), v.field(), v.messageKey(), v.arguments()));
				}
			}
		}

		/** Records a row's problems; true when it has none. */
		boolean record(List<RowProblem> problems) {
			errorCount += problems.size();
			for (RowProblem p : problems) {
				if (errors.size() < ImportReport.MAX_ERRORS) {
					errors.add(p);
				}
			}
			return problems.isEmpty();
		}

		void outcome(RowOutcome outcome) {
			if (outcomes.size() < ImportReport.MAX_OUTCOMES) {
				outcomes.add(outcome);
			}
		}
	}

	/** The fields of the record that an update changes. */
	static List<FieldChange> changes(MemberRecord before, MemberRecord after) {
		List<FieldChange> changes = new ArrayList<>();
		for (MemberField field : RECORD_FIELDS) {
			Object a = MemberColumns.value(before, field);
			Object b = MemberColumns.value(after, field);
			if (!Objects.equals(a, b)) {
				changes.add(new FieldChange(field, a, b));
			}
		}
		return changes;
	}

	private static final Set<MemberField> RECORD_FIELDS = EnumSet.complementOf(
			EnumSet.of(MemberField.STATUS, MemberField.CHAPTER_ID, MemberField.CHAPTER_NAME));
}
