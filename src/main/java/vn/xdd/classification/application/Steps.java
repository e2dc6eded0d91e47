package vn.xdd.classification.application;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.xdd.classification.ClassificationChanged;
import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectId;
import vn.xdd.classification.persistence.JdbcClassification;
import vn.xdd.shared.Actor;

/** Records a step of a subject and publishes it (the audit trail writes its line from the event). */
@Component
class Steps {

	private final JdbcClassification store;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	Steps(JdbcClassification store, ApplicationEventPublisher events, MessageSource messages) {
		this.store = store;
		this.events = events;
		this.messages = messages;
	}

	void subject(SubjectId id, String step, @Nullable Level level, String note, String messageKey, Object... arguments) {
		store.step(id, step, level, note, Actor.currentName());
		publish("CLASSIFICATION_SUBJECT", id.toString(), step, messageKey, arguments);
	}

	/** A label is written in Vietnamese, the language of the records (the audit line keeps the words of its day). */
	private String text(Object argument) {
		return argument instanceof MessageSourceResolvable label ? messages.getMessage(label, VIETNAMESE)
				: String.valueOf(argument);
	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	void publish(String recordType, String recordId, String action, String messageKey, Object... arguments) {
		events.publishEvent(new ClassificationChanged(recordType, recordId, action, messageKey,
				Arrays.stream(arguments).map(this::text).toList()));
	}
}
