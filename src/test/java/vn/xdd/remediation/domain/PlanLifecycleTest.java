package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;

import static org.assertj.core.api.Assertions.assertThat;

class PlanLifecycleTest {

	@Test
	void aDraftWithoutReportsMayBeDeleted() {
		assertThat(PlanLifecycle.mayDelete(PlanStatus.DRAFT, 0).allowed()).isTrue();
	}

	@Test
	void aPlanWithAnyReportIsNeverDeleted() {
		assertThat(PlanLifecycle.mayDelete(PlanStatus.ISSUED, 1).reasonKey()).isEqualTo("plan.error.deleteHasReports");
		assertThat(PlanLifecycle.mayDelete(PlanStatus.DRAFT, 3).reasonKey()).isEqualTo("plan.error.deleteHasReports");
	}

	@Test
	void anIssuedPlanIsCancelledNotDeleted() {
		assertThat(PlanLifecycle.mayDelete(PlanStatus.ISSUED, 0).reasonKey()).isEqualTo("plan.error.deleteNotDraft");
	}

	@Test
	void cancellingNeedsAReason() {
		assertThat(PlanLifecycle.mayCancel(PlanStatus.ISSUED, " ").reasonKey())
			.isEqualTo("plan.error.cancelReasonRequired");
		assertThat(PlanLifecycle.mayCancel(PlanStatus.ISSUED, null).allowed()).isFalse();
		assertThat(PlanLifecycle.mayCancel(PlanStatus.DRAFT, "Ban hành nhầm").allowed()).isTrue();
		assertThat(PlanLifecycle.mayCancel(PlanStatus.CLOSED, "muộn").reasonKey()).isEqualTo("plan.error.notOpen");
	}

	@Test
	void onlyAnIssuedPlanIsClosedAndWithAResultsSummary() {
		assertThat(PlanLifecycle.mayClose(PlanStatus.DRAFT, "Kết quả").allowed()).isFalse();
		assertThat(PlanLifecycle.mayClose(PlanStatus.ISSUED, "").reasonKey()).isEqualTo("plan.error.summaryRequired");
		assertThat(PlanLifecycle.mayClose(PlanStatus.ISSUED, "Đã khắc phục 12/14 hạn chế").allowed()).isTrue();
	}

	@Test
	void progressIsReportedOnlyOnAnIssuedPlanAndATaskNotDone() {
		assertThat(PlanLifecycle.mayReport(PlanStatus.DRAFT, TaskStatus.OPEN).allowed()).isFalse();
		assertThat(PlanLifecycle.mayReport(PlanStatus.ISSUED, TaskStatus.DONE).allowed()).isFalse();
		assertThat(PlanLifecycle.mayReport(PlanStatus.ISSUED, TaskStatus.RETURNED).allowed()).isTrue();
	}

	@Test
	void aTaskIsDoneOnlyWhenAHundredPercentReportIsVerified() {
		assertThat(TaskStatus.OPEN.afterReport(40)).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(TaskStatus.IN_PROGRESS.afterReport(100)).isEqualTo(TaskStatus.REPORTED);
		assertThat(TaskStatus.IN_PROGRESS.afterVerification(40)).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(TaskStatus.REPORTED.afterVerification(100)).isEqualTo(TaskStatus.DONE);
	}
}
