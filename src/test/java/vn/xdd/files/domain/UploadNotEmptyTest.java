package vn.xdd.files.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class UploadNotEmptyTest {

	static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1' };

	final UploadNotEmpty rule = new UploadNotEmpty();

	static UploadRules.Upload upload(String name, byte[] content, @org.jspecify.annotations.Nullable FileKind kind) {
		return new UploadRules.Upload(name, content, 10, 1, kind, List.of("pdf", "png"));
	}

	@Test
	void aFileWithContentPasses() {
		assertThat(rule.check(upload("bien-ban.pdf", PDF, FileKind.PDF)).isAllowed()).isTrue();
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(rule.check(upload("bien-ban.pdf", new byte[0], FileKind.PDF)))
			.isEqualTo(RuleResult.refused("files.empty", "bien-ban.pdf"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
