package vn.xdd.review.register.application;

import vn.xdd.shared.Actor;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.xdd.files.FileId;
import vn.xdd.review.ShortcomingEvents.ShortcomingStatusChanged;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** What every change of status does: find within scope, check the life cycle, write, tell. */
@Component
class Transitions {

	private final JdbcShortcomings store;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Transitions(JdbcShortcomings store, AccessScope scope, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	/** The item, if the user's scope reaches its holder (else not found, recorded). */
	ShortcomingRow reachable(long id) {
		ShortcomingRow row = store.find(id).orElseThrow(() -> new NotFoundException("SHORTCOMING", Long.toString(id)));
		scope.requireReach(new OrgUnitId(row.holderUnitId()), "SHORTCOMING", Long.toString(id));
		return row;
	}

	/**
	 * Moves the item, once the use case has enforced its step's rules (the life cycle among them); {@code version} null means as it is now (commands from other modules),
	 * otherwise the version the user's page showed.
	 */
	void move(ShortcomingRow row, @Nullable Integer version, ShortcomingStatus to, @Nullable String note,
			@Nullable Long reviewId, String eventKind) {
		store.changeStatus(row.id(), version == null ? row.version() : version, to, clock.instant());
		String by = Actor.currentName();
		store.recordEvent(row.id(), eventKind, row.status(), to, note == null || note.isBlank() ? null : note.strip(),
				reviewId, null, null, by);
		events.publishEvent(new ShortcomingStatusChanged(new ShortcomingId(row.id()), new OrgUnitId(row.holderUnitId()),
				row.status(), to, note, by));
	}

	void evidence(ShortcomingRow row, String note, List<FileId> files) {
		String by = Actor.currentName();
		if (files.isEmpty()) {
			if (!note.isBlank()) {
				store.addEvidence(row.id(), note.strip(), null, by);
			}
			return;
		}
		for (FileId file : files) {
			store.addEvidence(row.id(), note.strip(), file.value(), by);
		}
	}
}
