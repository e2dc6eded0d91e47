package vn.xdd.organization.excel;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.xdd.organization.domain.MemberField;

/**
 * The words written into and read from member workbooks. Files are always Vietnamese, whatever
 * the language of the pages, so that a file exported by one user imports for any other.
 */
@Component
public class WorkbookText {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	public WorkbookText(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}

	/** The column header of a field, as the template's header row writes it. */
	public String header(MemberField field) {
		return get(field.messageKey());
	}
}
