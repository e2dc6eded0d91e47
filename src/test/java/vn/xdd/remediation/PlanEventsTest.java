package vn.xdd.remediation;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Notice;
import vn.xdd.notification.NoticeKind;
import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanEvents.PlanDisseminated;
import vn.xdd.remediation.PlanEvents.ProgressReported;
import vn.xdd.remediation.PlanEvents.ReportReturned;
import vn.xdd.remediation.PlanEvents.TaskAssigned;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event of a plan tells the side that must act next, by a message key and the plan's own data. */
class PlanEventsTest {

	static final PlanId PLAN = new PlanId(12);

	static final OrgUnitId CHAPTER = new OrgUnitId(7);

	static final OrgUnitId COMMITTEE = new OrgUnitId(3);

	@Test
	void aDisseminationAsksEachNewTargetsSecretaryAndStandingCommittee() {
		List<Notice> notices = new PlanDisseminated(PLAN, "15-KH/HU", "Khắc phục", List.of(CHAPTER, new OrgUnitId(8)))
			.notices();
		assertThat(notices).extracting(Notice::to)
			.containsExactly(Addressee.role(Role.SECRETARY, CHAPTER), Addressee.role(Role.LEADERSHIP, CHAPTER),
					Addressee.role(Role.SECRETARY, new OrgUnitId(8)), Addressee.role(Role.LEADERSHIP, new OrgUnitId(8)));
		assertThat(notices).allSatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NoticeKind.ACKNOWLEDGEMENT_PENDING);
			assertThat(n.messageKey()).isEqualTo("notice.planAwaitsAcknowledgement");
			assertThat(n.arguments()).containsExactly("15-KH/HU", "Khắc phục");
			assertThat(n.link()).isEqualTo("/plans/12");
			assertThat(n.key()).isEqualTo("plan-target:12");
		});
	}

	@Test
	void anAssignedTaskTellsItsLeadUnit() {
		List<Notice> notices = new TaskAssigned(PLAN, "15-KH/HU", new TaskId(40), "Sinh hoạt", CHAPTER).notices();
		assertThat(notices).extracting(Notice::to)
			.containsExactly(Addressee.role(Role.SECRETARY, CHAPTER), Addressee.role(Role.LEADERSHIP, CHAPTER));
		assertThat(notices).allSatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NoticeKind.ASSIGNED);
			assertThat(n.messageKey()).isEqualTo("notice.taskAssigned");
			assertThat(n.arguments()).containsExactly("Sinh hoạt", "15-KH/HU");
			assertThat(n.link()).isEqualTo("/plans/12#task-40");
			assertThat(n.key()).isEqualTo("plan-task:40");
		});
	}

	@Test
	void aReportAsksTheIssuingLevelToVerifyAndLeavesAnAuditLine() {
		ProgressReported event = new ProgressReported(PLAN, new ReportId(5), new TaskId(40), "50% — xong nửa", COMMITTEE,
				"15-KH/HU", "Sinh hoạt");
		assertThat(event.notices()).extracting(Notice::to)
			.containsExactly(Addressee.role(Role.LEADERSHIP, COMMITTEE), Addressee.role(Role.ORGANIZATION_BOARD, COMMITTEE));
		assertThat(event.notices()).allSatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NoticeKind.VERIFICATION_PENDING);
			assertThat(n.messageKey()).isEqualTo("notice.reportAwaitsVerification");
			assertThat(n.link()).isEqualTo("/plans/12#report-5");
		});
		assertThat(event.auditEntry().recordId()).isEqualTo("5");
		assertThat(event.auditEntry().after()).isEqualTo("50% — xong nửa");
	}

	@Test
	void aReturnedReportTellsTheUnitThatReportedWhy() {
		ReportReturned event = new ReportReturned(PLAN, new ReportId(5), new TaskId(40), "Thiếu biên bản", CHAPTER,
				"15-KH/HU", "Sinh hoạt");
		assertThat(event.notices()).extracting(Notice::to)
			.containsExactly(Addressee.role(Role.SECRETARY, CHAPTER), Addressee.role(Role.LEADERSHIP, CHAPTER));
		assertThat(event.notices()).allSatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NoticeKind.RETURNED);
			assertThat(n.messageKey()).isEqualTo("notice.reportReturned");
			assertThat(n.arguments()).containsExactly("Sinh hoạt", "15-KH/HU", "Thiếu biên bản");
			assertThat(n.key()).isEqualTo("progress-report:5");
		});
		assertThat(event.auditEntry().before()).isEqualTo("SUBMITTED");
		assertThat(event.auditEntry().after()).isEqualTo("RETURNED: Thiếu biên bản");
	}

	@Test
	void aChangeOfAPlanIsDescribedByAMessageKeyForTheTrail() {
		AuditEntry entry = PlanChanged.described(PLAN, "UPDATE", "plan.audit.disseminated", 3).auditEntry();
		assertThat(entry.action()).isEqualTo("UPDATE");
		assertThat(entry.recordType()).isEqualTo("REMEDIATION_PLAN");
		assertThat(entry.recordId()).isEqualTo("12");
		assertThat(entry.messageKey()).isEqualTo("plan.audit.disseminated");
		assertThat(entry.arguments()).containsExactly("3");
		assertThat(entry.after()).as("no words of the interface stored").isNull();
	}
}
