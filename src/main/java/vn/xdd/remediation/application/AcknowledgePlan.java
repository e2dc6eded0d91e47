package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanAcknowledgement;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.Acknowledgements;
import vn.xdd.remediation.domain.Acknowledgements.Acknowledgement;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TargetRow;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/** A target unit acknowledges that it has disseminated the plan (đã quán triệt), with the date. */
@Component
public class AcknowledgePlan implements PlanAcknowledgement {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AcknowledgePlan(PlanAccess access, JdbcPlans plans, Clock clock, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	@Override
	public void acknowledge(PlanId id, OrgUnitId unit, @Nullable LocalDate on) {
		PlanRow plan = access.visible(id.value());
		LocalDate today = LocalDate.now(clock);
		LocalDate day = on == null ? today : on;
		Optional<TargetRow> target = plans.targets(id.value()).stream().filter(t -> t.unitId() == unit.value()).findFirst();
		Acknowledgements.ACKNOWLEDGE.enforce(new Acknowledgement(plan.status(), target.isPresent(),
				target.map(TargetRow::acknowledged).orElse(false), day, today));
		if (!access.canRespondFor(unit)) {
			throw new PermissionDeniedException("plan.error.notAllowed");
		}
		if (!plans.acknowledge(id.value(), unit.value(), day, Actor.currentName())) {
			throw new BusinessRuleException("plan.error.alreadyAcknowledged");
		}
		events.publishEvent(PlanChanged.described(id, "UPDATE", "plan.audit.acknowledged", unit.value()));
	}
}
