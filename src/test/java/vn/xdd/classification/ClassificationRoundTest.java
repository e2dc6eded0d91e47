package vn.xdd.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.classification.application.ClassificationQueries;
import vn.xdd.classification.application.ClassificationViews;
import vn.xdd.classification.application.ReportWorkbook;
import vn.xdd.discipline.CaseDecision;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseOpening;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.FormProposal;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.discipline.ViolationRecording;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.organization.MemberId;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.OutOfScopeException;
import vn.xdd.shared.Role;

/**
 * A classification round across modules, as the users who own each step: the board opens it, the
 * chapter's secretary enters the self-assessments and the vote, the board appraises beside what
 * discipline and the register know, the standing committee decides, the board publishes; then a
 * redo after a complaint. The report's figures are the results'.
 */
@XddIntegrationTest
class ClassificationRoundTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoundOpening opening;

	@Autowired
	SelfAssessment selfAssessment;

	@Autowired
	ProposalComments comments;

	@Autowired
	Appraisal appraisal;

	@Autowired
	ClassificationDecision decision;

	@Autowired
	RoundPublication publication;

	@Autowired
	ResultRedo redo;

	@Autowired
	ClassificationQueries queries;

	@Autowired
	ClassificationResults results;

	@Autowired
	ClassificationFigures figures;

	@Autowired
	ReportWorkbook workbook;

	@Autowired
	CaseOpening caseOpening;

	@Autowired
	ViolationRecording violations;

	@Autowired
	FormProposal formProposal;

	@Autowired
	CaseDecision caseDecision;

	MemberFixtures members;

	Fixtures fixtures;

	long committee;

	long chapter;

	Fixtures.CreatedUser board;

	Fixtures.CreatedUser leadership;

	Fixtures.CreatedUser secretary;

	Fixtures.CreatedUser inspector;

	final LocalDate today = Fixtures.today();

	final int year = today.getYear();

	@BeforeEach
	void committeeWithItsBodies() throws Exception {
		members = new MemberFixtures(mvc);
		fixtures = new Fixtures(mvc);
		committee = members.committee("Đảng bộ Xếp loại " + Fixtures.unique("x"));
		chapter = members.chapter(committee, "Chi bộ Xếp loại " + Fixtures.unique("c"));
		board = fixtures.createUser(Fixtures.unique("btc"), Role.ORGANIZATION_BOARD, committee);
		leadership = fixtures.createUser(Fixtures.unique("tt"), Role.LEADERSHIP, committee);
		secretary = fixtures.createUser(Fixtures.unique("bt"), Role.SECRETARY, chapter);
		inspector = fixtures.createUser(Fixtures.unique("ubkt"), Role.INSPECTION, committee);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWarningDecidedInDisciplineMakesTheProposalNotCompletedWithTheReasonAndTheRoundRunsToItsReport()
			throws Exception {
		long warned = members.member(chapter, "Nguyễn Văn Cảnh");
		long good = members.member(chapter, "Trần Thị Hòa");
		long fine = members.member(chapter, "Lê Văn Bình");
		long recent = members.member(chapter, "Phạm Thị Mới", f -> {
			f.put("admittedOn", today.minusMonths(2));
			f.put("fullMemberOn", null);
		});
		warning(warned);

		RoundId round = as(board, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), year, null, null, null)));
		assertThatThrownBy(() -> as(board, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), year, null,
				null, null)))).isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageKey()).isEqualTo("classification.error.roundExists"));

		ClassificationViews.RoundPage page = as(board, () -> queries.round(round, null, null));
		assertThat(page.subjects()).extracting(ClassificationViews.SubjectRow::name)
			.contains("Nguyễn Văn Cảnh", "Trần Thị Hòa", "Lê Văn Bình", "Phạm Thị Mới");
		assertThat(subject(page, "Phạm Thị Mới").notEvaluated()).isEqualTo(NotEvaluated.ADMITTED_RECENTLY);
		assertThat(page.subjects()).filteredOn(s -> s.kind() == SubjectKind.ORGANIZATION).singleElement()
			.satisfies(s -> assertThat(s.unitId()).isEqualTo(chapter));

		SubjectId warnedSubject = new SubjectId(subject(page, "Nguyễn Văn Cảnh").id());
		SubjectId goodSubject = new SubjectId(subject(page, "Trần Thị Hòa").id());
		SubjectId fineSubject = new SubjectId(subject(page, "Lê Văn Bình").id());
		SubjectId chapterSubject = new SubjectId(page.subjects().stream()
			.filter(s -> s.kind() == SubjectKind.ORGANIZATION).findFirst().orElseThrow().id());
		SubjectId recentSubject = new SubjectId(subject(page, "Phạm Thị Mới").id());

		// the secretary proposes; a member not evaluated takes no proposal
		selfAssess(warnedSubject, Level.EXCELLENT, 95);
		selfAssess(goodSubject, Level.GOOD, 80);
		selfAssess(fineSubject, Level.GOOD, 75);
		assertThatThrownBy(() -> selfAssess(recentSubject, Level.GOOD, 80)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageKey()).isEqualTo("classification.gate.notEvaluated"));
		for (SubjectId id : List.of(warnedSubject, goodSubject, fineSubject)) {
			as(secretary, () -> {
				comments.comment(id, "Chi bộ thống nhất", 9, 1, version(id));
				return null;
			});
		}
		// the secretary of the chapter does not appraise
		assertThatThrownBy(() -> as(secretary, () -> {
			appraisal.appraise(goodSubject, Level.GOOD, "", "", version(goodSubject));
			return null;
		})).isInstanceOf(AccessDeniedException.class);

		// the appraisal sees the warning, named, and cannot keep ‘excellent’ nor even ‘completed’
		ClassificationViews.SubjectPage warnedPage = as(board, () -> queries.subject(warnedSubject));
		assertThat(warnedPage.sanctions()).singleElement().satisfies(s -> assertThat(s.decisionNumber()).isEqualTo("31-QĐ/UBKT"));
		assertThat(warnedPage.suggested()).isEqualTo(Level.NOT_COMPLETED);
		assertThat(warnedPage.gates().get(Level.COMPLETED.ordinal()).failures())
			.extracting(f -> f.refusal().messageKey()).contains("classification.gate.disciplined");
		assertThatThrownBy(() -> appraise(warnedSubject, Level.EXCELLENT, "")).isInstanceOfSatisfying(
				BusinessRuleException.class, e -> {
					assertThat(e.messageKey()).isEqualTo("classification.gate.disciplined");
					assertThat(e.arguments()).contains("31-QĐ/UBKT");
				});
		assertThatThrownBy(() -> appraise(warnedSubject, Level.NOT_COMPLETED, " ")).isInstanceOfSatisfying(
				BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("classification.error.changeNeedsReason"));
		appraise(warnedSubject, Level.NOT_COMPLETED, "Hạ từ hoàn thành xuất sắc xuống không hoàn thành nhiệm vụ: bị cảnh cáo trong năm");
		appraise(goodSubject, Level.GOOD, "");
		appraise(fineSubject, Level.GOOD, "");

		// two appraisers on one proposal: the second, on the old version, loses nothing silently
		int stale = version(fineSubject);
		appraise(fineSubject, Level.COMPLETED, "Chưa đạt tiến độ hai nhiệm vụ");
		assertThatThrownBy(() -> as(board, () -> {
			appraisal.appraise(fineSubject, Level.GOOD, "", "", stale);
			return null;
		})).isInstanceOf(OptimisticLockingFailureException.class);

		// the chapter's own proposal: its members' levels are known to the gates
		as(secretary, () -> {
			selfAssessment.assess(chapterSubject, new SelfAssessment.Entry(Level.GOOD, points(Map.of("POLITICS", 9,
					"ORGANIZATION", 9, "LEADERSHIP", 8, "TASKS", 60)), Map.of(), new TaskFigures(10, 10, 10, 1, 0), null,
					"Chi bộ hoàn thành tốt nhiệm vụ"), version(chapterSubject));
			comments.comment(chapterSubject, "Tập thể chi bộ biểu quyết", 10, 0, version(chapterSubject));
			return null;
		});
		appraise(chapterSubject, Level.GOOD, "");

		// publication waits for every decision; the standing committee decides all appraised at once
		assertThatThrownBy(() -> as(board, () -> {
			publication.publish(round);
			return null;
		})).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageKey()).isEqualTo("classification.error.undecided"));
		assertThatThrownBy(() -> as(board, () -> decision.decideAppraised(round))).isInstanceOf(AccessDeniedException.class);
		assertThat(as(leadership, () -> decision.decideAppraised(round))).isEqualTo(4);
		as(board, () -> {
			publication.publish(round);
			return null;
		});

		assertThat(results.ofMember(new MemberId(warned), year)).hasValueSatisfying(r -> {
			assertThat(r.rating().level()).isEqualTo(Level.NOT_COMPLETED);
			assertThat(r.rating().ruleSet()).isEqualTo("QD366_2025");
			assertThat(r.messageKey()).isEqualTo("classificationLevel.HTNV.MEMBER.NOT_COMPLETED");
		});
		assertThat(results.ofMember(new MemberId(recent), year)).isEmpty();

		// the report's figures are the results', page and figures API and Excel alike
		ClassificationViews.Report report = as(board, () -> queries.report(round));
		ClassificationViews.TableRow memberRow = report.table().stream()
			.filter(t -> t.kind() == SubjectKind.MEMBER).findFirst().orElseThrow();
		assertThat(memberRow.evaluated()).isEqualTo(3);
		assertThat(memberRow.notEvaluated()).isEqualTo(1);
		assertThat(memberRow.count(Level.GOOD)).isEqualTo(1);
		assertThat(memberRow.count(Level.COMPLETED)).isEqualTo(1);
		assertThat(memberRow.count(Level.NOT_COMPLETED)).isEqualTo(1);
		assertThat(memberRow.percent(Level.GOOD)).isEqualTo("33,3");
		assertThat(report.changes()).extracting(ClassificationViews.Change::name).contains("Nguyễn Văn Cảnh", "Lê Văn Bình");
		ClassificationFigures.Counts counts = figures.countsOf(new OrgUnitId(committee), year).orElseThrow();
		assertThat(counts.members()).isEqualTo(Map.of(Level.GOOD, 1L, Level.COMPLETED, 1L, Level.NOT_COMPLETED, 1L));
		assertThat(counts.organizations()).isEqualTo(Map.of(Level.GOOD, 1L));
		assertThat(counts.notEvaluated()).isEqualTo(1);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(as(board,
				() -> workbook.write(report, Locale.forLanguageTag("vi")))))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("NĂM " + year);
			Row members = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "Đảng viên".equals(row.getCell(1).getStringCellValue())) {
					members = row;
				}
			}
			assertThat(members).isNotNull();
			assertThat(members.getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(members.getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(members.getCell(6).getNumericCellValue()).as("good").isEqualTo(1);
			assertThat(members.getCell(7).getNumericCellValue()).isEqualTo(33.3);
			assertThat(book.getSheetAt(1).getRow(1).getCell(6).getStringCellValue()).isNotBlank();
		}

		// after a complaint the committee cancels a result and redoes it; the new decision is the year's
		assertThatThrownBy(() -> as(leadership, () -> {
			redo.redo(new SubjectId(fineSubject.value()), " ");
			return null;
		})).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageKey()).isEqualTo("classification.error.textRequired"));
		as(leadership, () -> {
			redo.redo(fineSubject, "Khiếu nại của đảng viên được chấp nhận: hai nhiệm vụ chậm do khách quan");
			return null;
		});
		assertThat(results.ofMember(new MemberId(fine), year)).isEmpty();
		appraise(fineSubject, Level.GOOD, "Xếp loại lại sau khiếu nại");
		as(leadership, () -> {
			decision.decide(fineSubject, Level.GOOD, false, "", version(fineSubject));
			return null;
		});
		assertThat(results.ofMember(new MemberId(fine), year)).hasValueSatisfying(r -> assertThat(r.rating().level())
			.isEqualTo(Level.GOOD));
		assertThat(jdbc.sql("select count(*) from classification_result where member_id = ? and cancelled_on is not null")
			.param(fine).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'CLASSIFICATION_SUBJECT' and record_id = ?")
			.param(fineSubject.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void anotherCommitteesBoardDoesNotSeeTheRoundNorItsSubjects() throws Exception {
		members.member(chapter, "Võ Văn Xa");
		RoundId round = as(board, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), year, null, null, null)));
		long other = members.committee("Đảng bộ khác " + Fixtures.unique("o"));
		Fixtures.CreatedUser otherBoard = fixtures.createUser(Fixtures.unique("btc2"), Role.ORGANIZATION_BOARD, other);
		assertThatThrownBy(() -> as(otherBoard, () -> queries.round(round, null, null))).isInstanceOf(OutOfScopeException.class);
		long subject = as(board, () -> queries.round(round, null, null)).subjects().get(0).id();
		assertThatThrownBy(() -> as(otherBoard, () -> queries.subject(new SubjectId(subject))))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> as(otherBoard, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), year - 1,
				null, null, null)))).isInstanceOf(OutOfScopeException.class);
		// a secretary of the chapter follows the commune's round, seeing his chapter only
		assertThat(as(secretary, () -> queries.round(round, null, null)).subjects()).isNotEmpty()
			.allSatisfy(s -> assertThat(s.unitId()).isEqualTo(chapter));
		assertThatThrownBy(() -> as(secretary, () -> opening.open(new RoundOpening.Command(new OrgUnitId(chapter), year - 1,
				null, null, null)))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aYearOfEachEraReadsInItsOwnWords() throws Exception {
		long member = members.member(chapter, "Đặng Văn Cũ");
		RoundId old = as(board, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), 2012, null, null, null)));
		ClassificationViews.RoundPage page = as(board, () -> queries.round(old, null, null));
		assertThat(page.round().ruleSet()).isEqualTo("HD20_2008");
		assertThat(page.wording()).isEqualTo(Wording.TSVM);
		assertThat(page.round().citation()).contains("20-HD/BTCTW");
		assertThatThrownBy(() -> as(board, () -> opening.open(new RoundOpening.Command(new OrgUnitId(committee), year + 1, null,
				null, null)))).isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageKey()).isEqualTo("classification.error.futureYear"));
		assertThat(member).isPositive();
	}

	void warning(long member) {
		LocalDate decided = today.getDayOfYear() > 40 ? today.minusDays(20) : today;
		CaseId id = as(inspector, () -> caseOpening.open(new CaseOpening.Command(new MemberId(member), null,
				new OrgUnitId(committee), CaseSource.INSPECTION, decided.minusDays(1), "Vi phạm quy định về đất đai")));
		as(inspector, () -> {
			violations.record(id, new ViolationRecording.Command("Ký hồ sơ sai quy định", null, decided.minusDays(10),
					ViolationCategory.ORDINARY, "Quy định 69-QĐ/TW", false));
			formProposal.propose(id, new FormProposal.Command(DisciplineForm.WARNING, decided, ""));
			caseDecision.decide(id, new CaseDecision.Command(DisciplineForm.WARNING, new OrgUnitId(committee), "31-QĐ/UBKT",
					decided, decided, decided));
			return null;
		});
	}

	void selfAssess(SubjectId id, Level level, int total) {
		int tasks = total - 30;
		as(secretary, () -> {
			selfAssessment.assess(id, new SelfAssessment.Entry(level, points(Map.of("POLITICS", 10, "DISCIPLINE", 10,
					"STYLE", 10, "TASKS", tasks)), Map.of(), new TaskFigures(10, 10, 10, 3, 0), null, "Tự nhận xét"),
					version(id));
			return null;
		});
	}

	static Map<String, Integer> points(Map<String, Integer> points) {
		return points;
	}

	void appraise(SubjectId id, Level level, String reason) {
		as(board, () -> {
			appraisal.appraise(id, level, reason, "", version(id));
			return null;
		});
	}

	int version(SubjectId id) {
		return jdbc.sql("select version from classification_subject where id = ?").param(id.value()).query(Integer.class).single();
	}

	static ClassificationViews.SubjectRow subject(ClassificationViews.RoundPage page, String name) {
		return page.subjects().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	static <T> T as(Fixtures.CreatedUser user, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new XddUserPrincipal(user.id(), user.username(), user.username(), false), null, List.of()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
