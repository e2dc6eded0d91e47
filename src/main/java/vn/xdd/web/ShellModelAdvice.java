package vn.xdd.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.xdd.classification.ClassificationReaders;
import vn.xdd.discipline.DisciplineReaders;
import vn.xdd.notification.NoticeInbox;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.security.CurrentUser;
import vn.xdd.security.GrantView;
import vn.xdd.security.SignedInUser;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** Puts the {@link ShellView} into the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	private final CurrentUser currentUser;

	private final AccessScope scope;

	private final MemberRegistry members;

	private final NoticeInbox notices;

	private final DisciplineReaders discipline;

	private final ClassificationReaders classification;

	ShellModelAdvice(CurrentUser currentUser, AccessScope scope, MemberRegistry members, NoticeInbox notices,
			DisciplineReaders discipline, ClassificationReaders classification) {
		this.classification = classification;
		this.currentUser = currentUser;
		this.scope = scope;
		this.members = members;
		this.notices = notices;
		this.discipline = discipline;
	}

	/** The unread count of the header's notification link. */
	@ModelAttribute("unreadNotices")
	long unreadNotices(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || currentUser.signedIn().isEmpty()) {
			return 0;
		}
		return notices.unreadCount();
	}

	@ModelAttribute("shell")
	@Nullable ShellView shell(jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		Optional<SignedInUser> signedIn = currentUser.signedIn();
		if (signedIn.isEmpty()) {
			return null;
		}
		SignedInUser user = signedIn.get();
		OrgUnitId active = currentUser.activeUnit().orElse(null);
		Map<OrgUnitId, ShellView.UnitChoice> choices = new LinkedHashMap<>();
		for (GrantView grant : user.grants()) {
			ShellView.UnitChoice existing = choices.get(grant.unit());
			List<String> roles = existing == null ? List.of(grant.role().messageKey())
					: java.util.stream.Stream.concat(existing.roleKeys().stream(), java.util.stream.Stream.of(grant.role().messageKey())).toList();
			choices.put(grant.unit(), new ShellView.UnitChoice(grant.unit().value(), grant.unitName(), roles,
					grant.unit().equals(active)));
		}
		String activeName = active == null ? "" : Objects.requireNonNull(choices.get(active)).unitName();
		return new ShellView(user.username(), user.fullName(), active == null ? null : active.value(), activeName,
				List.copyOf(choices.values()), scope.hasRole(Role.ADMIN), scope.isSystemAdministrator(),
				user.mustChangePassword(), members.canBrowse(), members.ownRecord().map(MemberId::value).orElse(null),
				discipline.readsAnywhere(), classification.readsAnywhere());
	}
}
