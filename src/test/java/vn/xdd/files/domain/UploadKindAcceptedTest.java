package vn.xdd.files.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.files.FileKind;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class UploadKindAcceptedTest {

	static final byte[] PDF = { '%', 'P', 'D', 'F', '-', '1' };

	final UploadKindAccepted rule = new UploadKindAccepted();

	static UploadRules.Upload upload(String name, byte[] content, @org.jspecify.annotations.Nullable FileKind kind) {
		return new UploadRules.Upload(name, content, 10, 1, kind, List.of("pdf", "png"));
	}

	@Test
	void anAcceptedKindPasses() {
		assertThat(rule.check(upload("a.pdf", PDF, FileKind.PDF)).isAllowed()).isTrue();
	}

	@Test
	void aKnownKindNotAcceptedOrNoKindIsRefused() {
		assertThat(rule.check(upload("a.docx", PDF, FileKind.DOCX)))
			.isEqualTo(RuleResult.refused("files.typeRefused", "a.docx", "pdf, png"));
		assertThat(rule.check(upload("a.exe", PDF, null)))
			.isEqualTo(RuleResult.refused("files.typeRefused", "a.exe", "pdf, png"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}
