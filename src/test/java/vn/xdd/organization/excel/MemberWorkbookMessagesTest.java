package vn.xdd.organization.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.application.ImportReport;
import vn.xdd.organization.domain.MemberField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the member workbooks that the code builds from enums and numbers (so that the
 * bundle test cannot see them as literals) are in both bundles: actions, requirements, the
 * instructions of each column, the general notes.
 */
class MemberWorkbookMessagesTest {

	static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MemberWorkbookMessagesTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void everyComputedKeyIsInBothBundles() throws IOException {
		List<String> keys = new ArrayList<>();
		for (ImportReport.Action action : ImportReport.Action.values()) {
			keys.add(action.messageKey());
		}
		for (MemberWorkbookWriter.Requirement requirement : MemberWorkbookWriter.Requirement.values()) {
			keys.add(requirement.messageKey());
		}
		for (MemberField field : MemberField.values()) {
			keys.add(MemberWorkbookWriter.helpKey(field));
		}
		for (int i = 1; i <= MemberWorkbookWriter.NOTES; i++) {
			keys.add(MemberWorkbookWriter.noteKey(i));
		}
		assertThat(keys).hasSize(3 + 4 + MemberField.values().length + MemberWorkbookWriter.NOTES);
		for (String name : List.of("messages_vi.properties", "messages_en.properties")) {
			assertThat(bundle(name).stringPropertyNames()).as(name).containsAll(keys);
		}
		// A note past the last is not written into the template: the count is right.
		assertThat(bundle("messages_vi.properties").stringPropertyNames())
			.doesNotContain(MemberWorkbookWriter.noteKey(MemberWorkbookWriter.NOTES + 1));
	}
}
