package vn.xdd.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into a short explanation and the way to an external server. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
		return new FailureAnalysis(cause.getMessage(), """
				Dùng một máy chủ PostgreSQL bên ngoài (use an external PostgreSQL server):
				  XDD_DB_URL=jdbc:postgresql://localhost:5432/xdd XDD_DB_USER=xdd XDD_DB_PASSWORD=... mvn spring-boot:run
				hoặc chọn thư mục dữ liệu khác (or another data directory): XDD_DATA_DIR=/duong/dan""", cause);
	}
}
