package vn.xdd.files.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class UploadContentMatchesKindTest {

	static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1' };

	final UploadContentMatchesKind rule = new UploadContentMatchesKind();

	static UploadRules.Upload upload(String name, byte[] content, @org.jspecify.annotations.Nullable FileKind kind) {
		return new UploadRules.Upload(name, content, 10, 1, kind, List.of("pdf", "png"));
	}

	@Test
	void contentOfTheKindPasses() {
		assertThat(rule.check(upload("a.pdf", PDF, FileKind.PDF)).isAllowed()).isTrue();
	}

	@Test
	void aRenamedFileIsRefused() {
		assertThat(rule.check(upload("a.png", PDF, FileKind.PNG)))
			.isEqualTo(RuleResult.refused("files.contentMismatch", "a.png", "png"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
