package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.PlanningBar;
import vn.xdd.discipline.Sanction;
import vn.xdd.discipline.Sanctions;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.shared.NotFoundException;

/** The effects of the decisions against a member on a day, for the readers of discipline at his chapter. */
@Service
@Transactional(readOnly = true)
public class MemberEffects {

	private final Sanctions sanctions;

	private final CaseAccess access;

	private final MemberRegistry members;

	MemberEffects(Sanctions sanctions, CaseAccess access, MemberRegistry members) {
		this.sanctions = sanctions;
		this.access = access;
		this.members = members;
	}

	/** What is in force and what bars planning or higher appointment on the day. */
	public record Effects(long memberId, LocalDate on, List<Sanction> inForce, List<PlanningBar> planningBars) {
	}

	public Effects of(MemberId member, LocalDate day) {
		access.requireReader(members.chapterOf(member)
			.orElseThrow(() -> new NotFoundException("MEMBER", member.toString())), "MEMBER", member.toString());
		return new Effects(member.value(), day, sanctions.inForceOn(member, day),
				sanctions.barredFromPlanningOrPromotion(member, day));
	}
}
