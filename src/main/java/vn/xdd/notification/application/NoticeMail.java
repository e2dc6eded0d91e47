package vn.xdd.notification.application;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.NotificationProperties;
import vn.xdd.notification.persistence.JdbcNotifications;
import vn.xdd.notification.persistence.JdbcNotifications.NoticeRow;
import vn.xdd.security.GrantHolders;
import vn.xdd.security.GrantHolders.Contact;

/**
 * E-mails a stored notice to its addressees that gave an address, when a mail server is
 * configured (XDD_MAIL_HOST). Runs after the business transaction committed and never fails it:
 * a mail that cannot be sent is logged and the notice stays in the centre. A mail reads in
 * Vietnamese, the installation's language: an account records no language of its own (the page's
 * language is the session's choice), so the centre and the API are where a notice reads in English.
 */
@Component
class NoticeMail {

	private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcNotifications notifications;

	private final GrantHolders holders;

	private final MessageSource messages;

	private final NoticeTexts texts;

	private final NotificationProperties properties;

	private final String host;

	NoticeMail(ObjectProvider<JavaMailSender> sender, JdbcNotifications notifications, GrantHolders holders,
			MessageSource messages, NoticeTexts texts, NotificationProperties properties, @Value("${spring.mail.host:}") String host) {
		this.sender = sender;
		this.notifications = notifications;
		this.holders = holders;
		this.messages = messages;
		this.texts = texts;
		this.properties = properties;
		this.host = host;
	}

	boolean configured() {
		return StringUtils.hasText(host) && sender.getIfAvailable() != null;
	}

	void send(long noticeId) {
		try {
			JavaMailSender mailSender = sender.getIfAvailable();
			if (mailSender == null) {
				return;
			}
			NoticeRow notice = notifications.find(noticeId).orElse(null);
			if (notice == null) {
				return;
			}
			String[] to = recipients(notice.to()).stream()
				.map(Contact::email)
				.filter(Objects::nonNull)
				.filter(StringUtils::hasText)
				.distinct()
				.toArray(String[]::new);
			if (to.length == 0) {
				return;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			if (StringUtils.hasText(properties.mailFrom())) {
				message.setFrom(properties.mailFrom());
			}
			message.setBcc(to);
			message.setSubject(messages.getMessage(notice.kind().messageKey(), null, VIETNAMESE));
			message.setText(texts.text(notice, VIETNAMESE) + "\n\n" + properties.baseUrl() + notice.link());
			mailSender.send(message);
		}
		catch (RuntimeException e) {
			log.warn("Notice {} could not be e-mailed: {}", noticeId, e.toString());
		}
	}

	private List<Contact> recipients(Addressee to) {
		if (to.user() != null) {
			return holders.contact(to.user()).stream().toList();
		}
		return holders.holding(Objects.requireNonNull(to.role()), Objects.requireNonNull(to.unit()));
	}
}
