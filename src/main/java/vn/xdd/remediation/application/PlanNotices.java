package vn.xdd.remediation.application;

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

	private final Notices notices;

	PlanNotices(Notices notices) {
		this.notices = notices;
	}

	void send(OrgUnitId unit, NoticeKind kind, String text, String link, String key, Role... roles) {
		for (Role role : roles) {
			notices.send(new Notice(Addressee.role(role, unit), kind, text, link, key));
		}
	}
}
