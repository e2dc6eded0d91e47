package vn.xdd.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberRecord;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.application.OpenMemberRecord;
import vn.xdd.organization.domain.MemberField;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.domain.Probation;

/** What the member pages render: never the stored rows themselves. */
final class MemberViews {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private MemberViews() {
	}

	static String date(@Nullable LocalDate day) {
		return day == null ? "" : day.format(DATE);
	}

	/** A unit in a select, indented by its depth in the tree. */
	record UnitOption(long id, String label) {

		static UnitOption of(OrgUnitSummary unit) {
			return new UnitOption(unit.id().value(), "\u00a0\u00a0".repeat(Math.min(unit.depth(), 8)) + unit.name());
		}
	}

	/** A line of the member list. */
	record RowView(long id, String fullName, String birthDate, @Nullable String sexKey, String chapterName,
			long chapterId, String statusKey, boolean reviewDue, String positions) {

		static RowView of(MemberRow row, LocalDate today) {
			MemberRecord r = row.record();
			return new RowView(row.id(), r.fullName(), date(r.birthDate()), r.sex() == null ? null : r.sex().messageKey(),
					row.unitName(), row.unitId(), row.status().messageKey(),
					Probation.reviewDue(row.status(), r.admittedOn(), today),
					row.currentPositions() == null ? "" : row.currentPositions());
		}
	}

	/**
	 * The results part of the list page (the fragment htmx replaces).
	 *
	 * @param nextUrl the address of the next page, null on the last one
	 * @param firstUrl the address of the first page, null when this is it
	 */
	record ListView(String unitName, List<RowView> rows, long total, @Nullable String nextUrl,
			@Nullable String firstUrl, String exportUrl) {
	}

	/** A field of the record: its label, and its value as text or as a message key. */
	record Fact(String labelKey, String text, @Nullable String valueKey, String testId) {
	}

	/**
	 * A period of the member's history.
	 *
	 * @param labelKey the message of a status or a position kind; null when {@code label} is the text
	 */
	record PeriodView(long id, @Nullable String labelKey, String label, @Nullable Long unitId, String unitName,
			String from, String to, String decisionRef, boolean open) {

		static PeriodView of(MemberPeriod p, @Nullable String labelKey) {
			return new PeriodView(p.id(), labelKey, p.label(), p.unitId(), p.unitName() == null ? "" : p.unitName(),
					date(p.from()), date(p.to()), p.decisionRef() == null ? "" : p.decisionRef(), p.to() == null);
		}
	}

	/** A member's page: the record and its history. */
	record RecordView(long id, String fullName, String statusKey, String statusSince, boolean reviewDue,
			long chapterId, String chapterName, boolean inChapter, List<Fact> facts, List<PeriodView> statuses,
			List<PeriodView> memberships, List<PeriodView> positions, boolean editable, boolean sensitiveVisible,
			List<String> nextStatuses) {

		static RecordView of(OpenMemberRecord.Opened opened) {
			MemberRow row = opened.member();
			List<MemberPeriod> timeline = opened.timeline();
			return new RecordView(row.id(), row.record().fullName(), row.status().messageKey(), date(row.statusSince()),
					opened.reviewDue(), row.unitId(), row.unitName(), row.status().inChapter(),
					facts(row.record(), opened.sensitiveVisible()),
					timeline.stream()
						.filter(p -> p.kind().equals("STATUS"))
						.map(p -> PeriodView.of(p, "memberStatus." + p.label()))
						.toList(),
					timeline.stream().filter(p -> p.kind().equals("MEMBERSHIP")).map(p -> PeriodView.of(p, null)).toList(),
					timeline.stream()
						.filter(p -> !p.kind().equals("STATUS") && !p.kind().equals("MEMBERSHIP"))
						.map(p -> PeriodView.of(p, "positionKind." + p.kind()))
						.toList(),
					opened.editable(), opened.sensitiveVisible(),
					opened.nextStatuses().stream().map(Enum::name).toList());
		}

		/** The record's fields in the order of the member's file; ethnicity and religion only when visible. */
		static List<Fact> facts(MemberRecord r, boolean sensitiveVisible) {
			List<Fact> facts = new ArrayList<>();
			for (MemberField field : MemberField.values()) {
				if (field.sensitive() && !sensitiveVisible) {
					continue;
				}
				String testId = "field-" + MemberForm.property(field);
				switch (field) {
					case FULL_NAME -> facts.add(new Fact(field.messageKey(), r.fullName(), null, testId));
					case BIRTH_DATE -> facts.add(new Fact(field.messageKey(), date(r.birthDate()), null, testId));
					case SEX -> facts.add(new Fact(field.messageKey(), "", r.sex() == null ? null : r.sex().messageKey(),
							testId));
					case ETHNICITY -> facts.add(text(field, r.ethnicity(), testId));
					case RELIGION -> facts.add(text(field, r.religion(), testId));
					case HOME_TOWN -> facts.add(text(field, r.homeTown(), testId));
					case RESIDENCE -> facts.add(text(field, r.residence(), testId));
					case CITIZEN_ID -> facts.add(text(field, r.citizenId(), testId));
					case PARTY_CARD_NO -> facts.add(text(field, r.partyCardNo(), testId));
					case MEMBER_FILE_NO -> facts.add(text(field, r.memberFileNo(), testId));
					case ADMITTED_ON -> facts.add(new Fact(field.messageKey(), date(r.admittedOn()), null, testId));
					case FULL_MEMBER_ON -> facts.add(new Fact(field.messageKey(), date(r.fullMemberOn()), null, testId));
					case EDUCATION -> facts.add(text(field, r.education(), testId));
					case QUALIFICATION -> facts.add(text(field, r.qualification(), testId));
					case POLITICAL_THEORY -> facts.add(new Fact(field.messageKey(), "",
							r.politicalTheory() == null ? null : r.politicalTheory().messageKey(), testId));
					case PHONE -> facts.add(text(field, r.phone(), testId));
					// Status and chapter are shown in the page's head.
					case STATUS, CHAPTER_ID, CHAPTER_NAME -> {
					}
				}
			}
			return facts;
		}

		private static Fact text(MemberField field, @Nullable String value, String testId) {
			return new Fact(field.messageKey(), value == null ? "" : value, null, testId);
		}
	}
}
