package vn.xdd.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.organization.MemberId;
import vn.xdd.security.application.XddUserPrincipal;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.OutOfScopeException;
import vn.xdd.shared.Role;

/**
 * A discipline case from opening to lapse, through the module's API as an inspector of the
 * committee above the chapter: the decision's effects, the rules that refuse a form, the body's
 * authority, the limitation period, complaints, and who may not touch a case.
 */
@XddIntegrationTest
class DisciplineCasesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseOpening opening;

	@Autowired
	ViolationRecording violations;

	@Autowired
	FormProposal proposal;

	@Autowired
	CaseDecision decision;

	@Autowired
	CaseClosing closing;

	@Autowired
	ComplaintLodging complaints;

	@Autowired
	ComplaintRuling rulings;

	@Autowired
	DecisionLapses lapses;

	@Autowired
	Sanctions sanctions;

	MemberFixtures members;

	Fixtures fixtures;

	long committee;

	long chapter;

	Fixtures.CreatedUser inspector;

	final LocalDate today = Fixtures.today();

	@BeforeEach
	void committeeWithInspector() throws Exception {
		members = new MemberFixtures(mvc);
		fixtures = new Fixtures(mvc);
		committee = members.committee("Đảng bộ Kỷ luật " + Fixtures.unique("k"));
		chapter = members.chapter(committee, "Chi bộ Kỷ luật " + Fixtures.unique("c"));
		inspector = fixtures.createUser(Fixtures.unique("ubkt"), Role.INSPECTION, committee);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWarningIsInForceLapsesAfterTwelveMonthsAndBarsPlanningForThirtySixMonths() throws Exception {
		long member = members.member(chapter, "Nguyễn Văn Cảnh");
		CaseId id = decidedCase(member, DisciplineForm.WARNING, today.minusDays(80));
		LocalDate announced = today.minusDays(79);

		assertThat(sanctions.inForceOn(new MemberId(member), today)).singleElement().satisfies(s -> {
			assertThat(s.form()).isEqualTo(DisciplineForm.WARNING);
			assertThat(s.lapsesOn()).isEqualTo(announced.plusMonths(12));
			assertThat(s.decisionNumber()).isEqualTo("12-QĐ/UBKT");
		});
		assertThat(sanctions.disciplinedIn(new MemberId(member), today.minusDays(80).getYear())).hasSize(1);
		List<PlanningBar> bars = sanctions.barredFromPlanningOrPromotion(new MemberId(member), today);
		assertThat(bars).singleElement().satisfies(bar -> {
			assertThat(bar.lastBarredDay()).isEqualTo(today.minusDays(80).plusMonths(36).minusDays(1));
			assertThat(bar.citation()).contains("377-QĐ/TW");
		});

		LocalDate lapseDay = announced.plusMonths(12);
		// Other tests' decisions share the database: judge this case by its own status.
		lapses.lapseDue(lapseDay.minusDays(1));
		assertThat(status(id)).as("the day before its lapse day").isEqualTo("DECIDED");
		assertThat(lapses.lapseDue(lapseDay)).isPositive();
		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(sanctions.inForceOn(new MemberId(member), lapseDay)).isEmpty();
		assertThat(sanctions.barredFromPlanningOrPromotion(new MemberId(member), lapseDay)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'DISCIPLINE_CASE' and record_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aNewViolationWithinTheTermStopsTheLapse() throws Exception {
		long member = members.member(chapter, "Trần Văn Tái");
		CaseId first = decidedCase(member, DisciplineForm.REPRIMAND, today.minusDays(60));
		assertThat(sanctions.inForceOn(new MemberId(member), today).get(0).lapsesOn()).isNotNull();
		CaseId second = asInspector(() -> opening.open(new CaseOpening.Command(new MemberId(member), null,
				new OrgUnitId(committee), CaseSource.DENUNCIATION, today.minusDays(5), "Tái phạm")));
		asInspector(() -> violations.record(second, violation(today.minusDays(10))));
		assertThat(sanctions.inForceOn(new MemberId(member), today)).singleElement()
			.satisfies(s -> assertThat(s.caseId()).isEqualTo(first))
			.satisfies(s -> assertThat(s.lapsesOn()).isNull());
	}

	@Test
	void formsThatDoNotFitTheSubjectAreRefused() throws Exception {
		long noPost = members.member(chapter, "Lê Văn Không");
		CaseId removal = openWithViolation(noPost, today.minusDays(30));
		refused(() -> proposal.propose(removal, new FormProposal.Command(DisciplineForm.REMOVAL_FROM_POST, today, "")),
				"discipline.error.noPostToRemove");

		long probationary = members.member(chapter, "Phạm Thị Dự", f -> f.put("fullMemberOn", null));
		CaseId expulsion = openWithViolation(probationary, today.minusDays(30));
		refused(() -> proposal.propose(expulsion, new FormProposal.Command(DisciplineForm.EXPULSION, today, "")),
				"discipline.error.formNotForSubject");

		long nothing = members.member(chapter, "Hoàng Văn Chưa");
		CaseId empty = asInspector(() -> opening.open(new CaseOpening.Command(new MemberId(nothing), null,
				new OrgUnitId(committee), CaseSource.INSPECTION, today, "Chưa có vi phạm")));
		refused(() -> proposal.propose(empty, new FormProposal.Command(DisciplineForm.REPRIMAND, today, "")),
				"discipline.error.noViolation");
		assertThat(status(empty)).isEqualTo("OPENED");
	}

	@Test
	void theChapterMayNotRemoveItsOwnCommitteeMemberFromPostButTheCommitteeAboveMay() throws Exception {
		long member = members.member(chapter, "Đỗ Văn Ủy");
		members.postJson("/api/v1/members/" + member + "/positions",
				Map.of("unitId", chapter, "title", "Chi ủy viên", "kind", "PARTY", "from", "2020-01-01"), 201);
		CaseId id = openWithViolation(member, today.minusDays(30));
		asInspector(() -> proposal.propose(id, new FormProposal.Command(DisciplineForm.REMOVAL_FROM_POST, today, "")));
		refused(() -> decision.decide(id, decide(DisciplineForm.REMOVAL_FROM_POST, chapter, today)),
				"discipline.error.noAuthority");
		asInspector(() -> decision.decide(id, decide(DisciplineForm.REMOVAL_FROM_POST, committee, today)));
		assertThat(status(id)).isEqualTo("DECIDED");
		assertThat(jdbc.sql("select subject_held_post and subject_committee_member from discipline_case where id = ?")
			.param(id.value())
			.query(Boolean.class)
			.single()).as("kept for the statistics by level").isTrue();
		refused(() -> decision.decide(id, decide(DisciplineForm.REMOVAL_FROM_POST, committee, today)),
				"discipline.error.statusMove");
	}

	@Test
	void anExpiredLimitationRefusesTheDecisionAndTheCaseClosesWithoutDiscipline() throws Exception {
		long member = members.member(chapter, "Vũ Văn Cũ");
		CaseId id = openWithViolation(member, LocalDate.of(2015, 6, 1));
		asInspector(() -> proposal.propose(id, new FormProposal.Command(DisciplineForm.WARNING, today, "")));
		refused(() -> decision.decide(id, decide(DisciplineForm.WARNING, committee, today)),
				"discipline.error.limitationExpired");
		asInspector(() -> closing.close(id, new CaseClosing.Command(ClosingReason.LIMITATION_EXPIRED, today, "")));
		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(sanctions.inForceOn(new MemberId(member), today)).isEmpty();

		long recent = members.member(chapter, "Vũ Văn Mới");
		CaseId notExpired = openWithViolation(recent, today.minusDays(30));
		refused(() -> closing.close(notExpired, new CaseClosing.Command(ClosingReason.LIMITATION_EXPIRED, today, "")),
				"discipline.error.limitationNotExpired");
	}

	@Test
	void anOrganisationIsDisciplinedByTheCommitteeAbove() {
		CaseId id = asInspector(() -> opening.open(new CaseOpening.Command(null, new OrgUnitId(chapter),
				new OrgUnitId(committee), CaseSource.INSPECTION, today.minusDays(20), "Chi bộ buông lỏng quản lý")));
		asInspector(() -> violations.record(id, violation(today.minusDays(40))));
		asInspector(() -> proposal.propose(id, new FormProposal.Command(DisciplineForm.REPRIMAND, today, "")));
		asInspector(() -> decision.decide(id, decide(DisciplineForm.REPRIMAND, committee, today)));
		assertThat(sanctions.inForceOn(new OrgUnitId(chapter), today)).singleElement()
			.satisfies(s -> assertThat(s.organization()).isEqualTo(new OrgUnitId(chapter)));
	}

	@Test
	void aComplaintHoldsTheLapseAndItsRulingChangesOrAnnulsTheDecision() throws Exception {
		long member = members.member(chapter, "Bùi Văn Khiếu");
		CaseId id = decidedCase(member, DisciplineForm.WARNING, today.minusDays(20));
		LocalDate received = today.minusDays(19);
		refused(() -> complaints.file(id, new ComplaintLodging.Command(received, received.minusDays(1), "UBKT Tỉnh ủy",
				"Đề nghị xem xét lại")), "discipline.error.complaintBeforeReceipt");
		asInspector(() -> complaints.file(id, new ComplaintLodging.Command(received, today.minusDays(10), "UBKT Tỉnh ủy",
				"Đề nghị xem xét lại")));
		assertThat(status(id)).isEqualTo("COMPLAINT_PENDING");
		assertThat(sanctions.inForceOn(new MemberId(member), today)).singleElement()
			.satisfies(s -> assertThat(s.lapsesOn()).isNull());
		refused(() -> rulings.rule(id, new ComplaintRuling.Command(ComplaintOutcome.CHANGED, today, "", null)),
				"discipline.error.changedFormRequired");
		asInspector(() -> rulings.rule(id, new ComplaintRuling.Command(ComplaintOutcome.CHANGED, today.minusDays(2),
				"Giảm nhẹ", DisciplineForm.REPRIMAND)));
		assertThat(sanctions.inForceOn(new MemberId(member), today)).singleElement().satisfies(s -> {
			assertThat(s.form()).isEqualTo(DisciplineForm.REPRIMAND);
			assertThat(s.lapsesOn()).isEqualTo(today.minusDays(2).plusMonths(12));
		});

		asInspector(() -> complaints.file(id, new ComplaintLodging.Command(received, today.minusDays(1), "Ủy ban Kiểm tra Trung ương",
				"Khiếu nại tiếp")));
		refused(() -> rulings.rule(id, new ComplaintRuling.Command(ComplaintOutcome.ANNULLED, today, " ", null)),
				"discipline.error.annulmentReason");
		asInspector(() -> rulings.rule(id, new ComplaintRuling.Command(ComplaintOutcome.ANNULLED, today,
				"Kỷ luật sai đối tượng", null)));
		assertThat(status(id)).isEqualTo("ANNULLED");
		assertThat(sanctions.inForceOn(new MemberId(member), today)).isEmpty();
		assertThat(sanctions.disciplinedIn(new MemberId(member), today.getYear())).isEmpty();
		assertThat(sanctions.barredFromPlanningOrPromotion(new MemberId(member), today)).isEmpty();
	}

	@Test
	void aLateComplaintIsRefusedWithItsDueDay() throws Exception {
		long member = members.member(chapter, "Ngô Văn Muộn");
		CaseId id = decidedCase(member, DisciplineForm.REPRIMAND, today.minusDays(70));
		refused(() -> complaints.file(id, new ComplaintLodging.Command(today.minusDays(69), today, "UBKT", "Muộn")),
				"discipline.error.complaintLate");
		assertThat(status(id)).isEqualTo("DECIDED");
	}

	@Test
	void anotherCommitteesInspectorIsToldTheCaseDoesNotExistAndAPlainMemberIsRefused() throws Exception {
		long member = members.member(chapter, "Lý Văn Phạm");
		CaseId id = openWithViolation(member, today.minusDays(10));
		long elsewhere = members.committee("Đảng bộ Khác " + Fixtures.unique("k"));
		Fixtures.CreatedUser stranger = fixtures.createUser(Fixtures.unique("ubkt"), Role.INSPECTION, elsewhere);
		assertThatThrownBy(() -> as(stranger, () -> {
			proposal.propose(id, new FormProposal.Command(DisciplineForm.REPRIMAND, today, ""));
			return null;
		})).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> as(stranger, () -> opening.open(new CaseOpening.Command(new MemberId(member), null,
				new OrgUnitId(committee), CaseSource.INSPECTION, today, "Ngoài phạm vi"))))
			.isInstanceOf(OutOfScopeException.class);

		Fixtures.CreatedUser plain = fixtures.createUser(Fixtures.unique("dv"), Role.MEMBER, chapter);
		assertThatThrownBy(() -> as(plain, () -> {
			proposal.propose(id, new FormProposal.Command(DisciplineForm.REPRIMAND, today, ""));
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		assertThat(status(id)).isEqualTo("OPENED");
	}

	@Test
	void aCaseAgainstSomeoneOutsideTheOpenerOrInTheFutureIsRefused() throws Exception {
		long other = members.committee("Đảng bộ Ngoài " + Fixtures.unique("k"));
		long otherChapter = members.chapter(other, "Chi bộ Ngoài " + Fixtures.unique("c"));
		long outsider = members.member(otherChapter, "Trịnh Văn Ngoài");
		Fixtures.CreatedUser high = fixtures.createUser(Fixtures.unique("ubkt"), Role.INSPECTION, Fixtures.ROOT);
		assertThatThrownBy(() -> as(high, () -> opening.open(new CaseOpening.Command(new MemberId(outsider), null,
				new OrgUnitId(committee), CaseSource.INSPECTION, today, "Sai cấp"))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("discipline.error.subjectOutsideOpener"));
		long member = members.member(chapter, "Mai Văn Sau");
		refused(() -> opening.open(new CaseOpening.Command(new MemberId(member), null, new OrgUnitId(committee),
				CaseSource.INSPECTION, today.plusDays(1), "Ngày sau")), "discipline.error.openedInFuture");
		refused(() -> opening.open(new CaseOpening.Command(new MemberId(member), null, new OrgUnitId(committee),
				CaseSource.INSPECTION, today, " ")), "discipline.error.textRequired");
	}

	CaseId decidedCase(long member, DisciplineForm form, LocalDate decidedOn) {
		CaseId id = openWithViolation(member, decidedOn.minusDays(100));
		asInspector(() -> proposal.propose(id, new FormProposal.Command(form, decidedOn, "")));
		asInspector(() -> decision.decide(id, new CaseDecision.Command(form, new OrgUnitId(committee), "12-QĐ/UBKT",
				decidedOn, decidedOn, decidedOn.plusDays(1))));
		return id;
	}

	CaseId openWithViolation(long member, LocalDate committedOn) {
		LocalDate openedOn = committedOn.isAfter(today.minusDays(5)) ? committedOn : committedOn.plusDays(1);
		if (openedOn.isBefore(today.minusDays(200))) {
			openedOn = today.minusDays(200);
		}
		LocalDate opened = openedOn;
		CaseId id = asInspector(() -> opening.open(new CaseOpening.Command(new MemberId(member), null,
				new OrgUnitId(committee), CaseSource.INSPECTION, opened, "Vi phạm quy định")));
		asInspector(() -> violations.record(id, violation(committedOn)));
		return id;
	}

	static ViolationRecording.Command violation(LocalDate on) {
		return new ViolationRecording.Command("Vi phạm ngày " + on, null, on, ViolationCategory.ORDINARY,
				"Quy định 69-QĐ/TW", false);
	}

	CaseDecision.Command decide(DisciplineForm form, long body, LocalDate day) {
		return new CaseDecision.Command(form, new OrgUnitId(body), "7-QĐ/UBKT", day, day, day);
	}

	String status(CaseId id) {
		return jdbc.sql("select status from discipline_case where id = ?").param(id.value()).query(String.class).single();
	}

	void refused(Runnable work, String key) {
		assertThatThrownBy(() -> asInspector(work)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	void asInspector(Runnable work) {
		as(inspector, () -> {
			work.run();
			return null;
		});
	}

	<T> T asInspector(Supplier<T> work) {
		return as(inspector, work);
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
