package vn.xdd.remediation.application;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Notice;
import vn.xdd.notification.NoticeKind;
import vn.xdd.notification.Notices;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * The notices plans send: a task assigned, a plan waiting for acknowledgement, a report waiting
 * for verification, a report returned. Each goes to roles of a unit, within the caller's
 * transaction.
 */
@Component
class PlanNotices {

	private final ObjectProvider<Notices> notices;

	PlanNotices(ObjectProvider<Notices> notices) {
		this.notices = notices;
	}

	void send(OrgUnitId unit, NoticeKind kind, String text, String link, String key, Role... roles) {
		Notices sender = notices.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (Role role : roles) {
			sender.send(new Notice(Addressee.role(role, unit), kind, text, link, key));
		}
	}
}
