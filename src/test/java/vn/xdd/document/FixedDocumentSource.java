package vn.xdd.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import vn.xdd.document.content.DocumentSource;
import vn.xdd.document.model.Block;
import vn.xdd.document.model.DocumentHeader;
import vn.xdd.document.model.OfficialDocument;
import vn.xdd.document.model.SignatureBlock;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * A real document source for the register's tests: plans registered by the test, each composed as
 * a short KẾ HOẠCH whose body says how many times it was composed (so a re-issue differs). Ordered
 * first, it takes the place of the application's own plan source in the tests that import it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedDocumentSource {

	private static final AtomicLong IDS = new AtomicLong(8_000_000_000L);

	private static final Map<Long, Entry> SOURCES = new ConcurrentHashMap<>();

	record Entry(OrgUnitId unit, String summary, AtomicInteger compositions) {
	}

	/** Registers a plan of the given unit with its summary; returns its source id. */
	public static long plan(long unitId, String summary) {
		long id = IDS.incrementAndGet();
		SOURCES.put(id, new Entry(new OrgUnitId(unitId), summary, new AtomicInteger()));
		return id;
	}

	@Bean
	DocumentSource fixedPlanSource(AccessScope scope) {
		return new Source(scope);
	}

	static final class Source implements DocumentSource, Ordered {

		private final AccessScope scope;

		Source(AccessScope scope) {
			this.scope = scope;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public DocumentKind kind() {
			return DocumentKind.REMEDIATION_PLAN;
		}

		private Entry entry(long sourceId) {
			Entry entry = SOURCES.get(sourceId);
			if (entry == null) {
				throw new NotFoundException("PLAN", Long.toString(sourceId));
			}
			scope.requireReach(entry.unit(), "PLAN", Long.toString(sourceId));
			return entry;
		}

		@Override
		public OrgUnitId issuingUnit(long sourceId) {
			return entry(sourceId).unit();
		}

		@Override
		public String summary(long sourceId) {
			return entry(sourceId).summary();
		}

		@Override
		public OfficialDocument compose(long sourceId, DocumentHeader header, SignatureBlock signature) {
			Entry entry = entry(sourceId);
			int n = entry.compositions().incrementAndGet();
			return new OfficialDocument(header, "KẾ HOẠCH", entry.summary(),
					List.of(new Block.Heading(1, "I.", "MỤC ĐÍCH, YÊU CẦU"),
							new Block.Paragraph("Khắc phục triệt để các hạn chế, khuyết điểm đã được chỉ ra (lần soạn " + n
									+ ")."),
							new Block.Item("-", "Nhiệm vụ 1:", "Quán triệt kế hoạch đến toàn thể đảng viên.")),
					signature, List.of());
		}
	}
}
