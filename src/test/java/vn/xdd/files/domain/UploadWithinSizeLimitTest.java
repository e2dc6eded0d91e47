package vn.xdd.files.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class UploadWithinSizeLimitTest {

	static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1' };

	final UploadWithinSizeLimit rule = new UploadWithinSizeLimit();

	static UploadRules.Upload upload(String name, byte[] content, @org.jspecify.annotations.Nullable FileKind kind) {
		return new UploadRules.Upload(name, content, 10, 1, kind, List.of("pdf", "png"));
	}

	@Test
	void aFileUpToTheLimitPasses() {
		assertThat(rule.check(upload("a.pdf", new byte[10], FileKind.PDF)).isAllowed()).isTrue();
	}

	@Test
	void aLargerFileIsRefusedWithTheLimit() {
		assertThat(rule.check(upload("a.pdf", new byte[11], FileKind.PDF)))
			.isEqualTo(RuleResult.refused("files.tooLarge", "a.pdf", 1L));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
