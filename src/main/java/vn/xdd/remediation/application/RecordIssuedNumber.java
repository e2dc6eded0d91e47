package vn.xdd.remediation.application;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.shared.VietnameseText;
import vn.xdd.remediation.PlanNumbering;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;

/** Takes the number and date the register gave the plan's document (Số 01-KH/HU). */
@Component
public class RecordIssuedNumber implements PlanNumbering {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	RecordIssuedNumber(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Override
	@Transactional
	public void recordIssuedNumber(PlanId id, String numberSymbol, LocalDate issuedOn) {
		PlanRow plan = access.visible(id.value());
		plans.setNumber(plan.id(), numberSymbol, issuedOn);
		events.publishEvent(PlanChanged.described(id, "UPDATE", "plan.audit.numberRecorded", numberSymbol,
				VietnameseText.date(issuedOn)));
	}
}
