package vn.xdd.classification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.classification.RoundId;
import vn.xdd.classification.RoundPublication;
import vn.xdd.classification.Stage;
import vn.xdd.classification.domain.Round;
import vn.xdd.classification.domain.Subject;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.Actor;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.VietnameseText;

/**
 * Publishes a round: every evaluated subject must be decided; each decision becomes the result of
 * the year (a result of the same subject and year already entered by hand refuses the publication).
 */
@Service
class PublishRound implements RoundPublication {

	private final RoundAccess access;

	private final JdbcClassification store;

	private final OrgUnits units;

	private final Steps steps;

	private final Clock clock;

	PublishRound(RoundAccess access, JdbcClassification store, OrgUnits units, Steps steps, Clock clock) {
		this.access = access;
		this.store = store;
		this.units = units;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void publish(RoundId id) {
		Round found = access.requireReadable(id);
		access.requirePublisher(found);
		Round round = store.lockRound(id).orElseThrow();
		if (!round.open()) {
			throw new BusinessRuleException("classification.error.roundPublished");
		}
		List<Subject> subjects = store.subjects(id);
		long pending = subjects.stream().filter(s -> s.evaluated() && s.stage() != Stage.DECIDED).count();
		if (pending > 0) {
			throw new BusinessRuleException("classification.error.undecided", pending);
		}
		String by = Actor.currentName();
		for (Subject subject : subjects) {
			if (!subject.evaluated()) {
				continue;
			}
			if (store.resultExists(subject.kind(), subject.member(), subject.unit(), round.year())) {
				throw new BusinessRuleException("classification.error.resultExists", subject.name(),
						String.valueOf(round.year()));
			}
			store.insertResult(subject.kind(), subject.member(), subject.unit(), round.year(), round.ruleSet(),
					Objects.requireNonNull(subject.decidedLevel()), subject.outstanding(), "ROUND", subject.id(), "", by);
		}
		LocalDate today = LocalDate.now(clock);
		store.publish(id, today);
		steps.publish("CLASSIFICATION_ROUND", id.toString(), "PUBLISH", "audit.text.classificationPublished",
				String.valueOf(round.year()), units.find(round.unit()).map(u -> u.name()).orElse(""),
				VietnameseText.date(today));
	}
}
