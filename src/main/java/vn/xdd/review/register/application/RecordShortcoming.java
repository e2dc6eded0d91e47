package vn.xdd.review.register.application;

import vn.xdd.shared.Actor;

import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.review.NewShortcoming;
import vn.xdd.review.ShortcomingEvents.ShortcomingRecorded;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingRecording;
import vn.xdd.review.register.domain.ShortcomingLifeCycle;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;
import vn.xdd.shared.OrgUnitId;

/** Enters a shortcoming into the register, from a review or from another source. */
@Service
public class RecordShortcoming implements ShortcomingRecording {

	private final JdbcShortcomings store;

	private final AccessScope scope;

	private final RegisterPermissions permissions;

	private final MemberRegistry members;

	private final ApplicationEventPublisher events;

	RecordShortcoming(JdbcShortcomings store, AccessScope scope, RegisterPermissions permissions,
			MemberRegistry members, ApplicationEventPublisher events) {
		this.store = store;
		this.scope = scope;
		this.permissions = permissions;
		this.members = members;
		this.events = events;
	}

	@Override
	@Transactional
	public ShortcomingId record(NewShortcoming item) {
		OrgUnitId holderUnit = item.holderUnit();
		MemberId member = item.holderMember();
		if (member != null) {
			holderUnit = members.chapterOf(member)
				.orElseThrow(() -> new vn.xdd.shared.NotFoundException("MEMBER", Long.toString(member.value())));
		}
		scope.requireReach(holderUnit, "ORG_UNIT", Long.toString(holderUnit.value()));
		ShortcomingLifeCycle.RECORD.enforce(permissions.recording(holderUnit));
		if (item.text().isBlank()) {
			throw new BusinessRuleException(List.of(new FieldProblem("shortcoming.text", "shortcoming.error.textRequired")),
					"shortcoming.error.textRequired");
		}
		List<String> tags = List.copyOf(new LinkedHashSet<>(item.tagCodes()));
		List<String> known = store.existingTags(tags);
		if (known.size() != tags.size()) {
			throw new BusinessRuleException("shortcoming.error.unknownTag",
					String.join(", ", tags.stream().filter(t -> !known.contains(t)).toList()));
		}
		long id = store.insert(new JdbcShortcomings.Insert(item.sourceKind(), blankToNull(item.sourceRef()),
				item.campaign() == null ? null : item.campaign().value(), item.reviewId(), item.holderKind(),
				holderUnit.value(), member == null ? null : member.value(), holderUnit.value(), item.text().strip(),
				blankToNull(item.cause()), blankToNull(item.responsibility()), item.remedy().strip(), item.deadline(),
				blankToNull(item.answerable()), Actor.currentName()), tags);
		store.recordEvent(id, "RECORDED", null, vn.xdd.review.ShortcomingStatus.OPEN, item.sourceRef(),
				item.reviewId(), null, null, Actor.currentName());
		events.publishEvent(new ShortcomingRecorded(new ShortcomingId(id), holderUnit, item.text().strip()));
		return new ShortcomingId(id);
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
