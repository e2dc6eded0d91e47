package vn.xdd.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.xdd.audit.persistence.AuditStore;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/**
 * Writes every {@link Auditable} event to the trail, synchronously: a write's line is part of
 * the write's own transaction (no change without its line, no line without its change), while
 * login attempts, refused accesses and reads are written in a transaction of their own so that
 * they stay even when the request fails.
 */
@Component
class AuditRecorder {

	private final AuditStore store;

	private final TransactionTemplate independent;

	AuditRecorder(AuditStore store, PlatformTransactionManager transactions) {
		this.store = store;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(Auditable event) {
		AuditEntry entry = event.auditEntry();
		String actor = entry.actor() != null ? entry.actor() : currentUser();
		String address = remoteAddress();
		if (event.recordEvenIfRolledBack()) {
			independent.executeWithoutResult(status -> store.insert(actor, entry, address));
		}
		else {
			store.insert(actor, entry, address);
		}
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
