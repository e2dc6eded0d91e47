package vn.xdd.organization;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.domain.MemberField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports and exports a large member list (100,000 rows by default) and writes the times and the
 * heap used to {@code target/benchmarks/import-large.txt}. Too slow for every build: run it with
 * {@code mvn -B test -Dtest=MemberImportBenchmark -Dxdd.bench=true -DargLine=-Xmx512m}
 * ({@code -Dxdd.bench.rows=N} for another size). It measures; it asserts only that the work was done.
 */
@XddIntegrationTest
@EnabledIfSystemProperty(named = "xdd.bench", matches = "true")
class MemberImportBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsAndExportsALargeList() throws Exception {
		int rows = Integer.getInteger("xdd.bench.rows", 100_000);
		Fixtures fixtures = new Fixtures(mvc);
		long committee = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ Đo " + Fixtures.unique("b"));
		MvcResult created = mvc
			.perform(post("/api/v1/org-units").with(Fixtures.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":" + committee + ",\"type\":\"SUB_CHAPTER\",\"name\":\"Chi bộ Đo\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		long chapter = Fixtures.number(Fixtures.body(created), "$.id");

		Path file = Files.createTempFile("xdd-bench", ".xlsx");
		long start = System.nanoTime();
		List<Map<MemberField, Object>> members = MemberSheets.members(rows, "Nguyễn Văn", chapter);
		try (OutputStream out = Files.newOutputStream(file)) {
			MemberSheets.largeWorkbook(members, out);
		}
		members = null;
		long generated = millis(start);
		byte[] content = Files.readAllBytes(file);
		Files.delete(file);
		MockMultipartFile upload = new MockMultipartFile("file", "lon.xlsx", MemberExcelTest.XLSX, content);

		resetPeaks();
		start = System.nanoTime();
		String report = Fixtures.body(mvc.perform(multipart("/api/v1/members/import").file(upload)
			.param("dryRun", "true")
			.with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
		long checked = millis(start);
		long checkHeap = peakHeap();
		assertThat(((Number) JsonPath.read(report, "$.toCreate")).longValue()).isEqualTo(rows);

		resetPeaks();
		start = System.nanoTime();
		String result = Fixtures.body(mvc.perform(multipart("/api/v1/members/import").file(upload).with(Fixtures.admin()))
			.andExpect(status().isOk())
			.andReturn());
		long imported = millis(start);
		long importHeap = peakHeap();
		assertThat(((Number) JsonPath.read(result, "$.created")).longValue()).isEqualTo(rows);

		resetPeaks();
		start = System.nanoTime();
		byte[] export = mvc.perform(get("/api/v1/members/export").param("unit", Long.toString(chapter)).with(Fixtures.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long exported = millis(start);
		long exportHeap = peakHeap();

		resetPeaks();
		start = System.nanoTime();
		String again = Fixtures.body(mvc.perform(multipart("/api/v1/members/import")
			.file(new MockMultipartFile("file", "xuat.xlsx", MemberExcelTest.XLSX, export))
			.param("dryRun", "true")
			.with(Fixtures.admin())).andExpect(status().isOk()).andReturn());
		long rechecked = millis(start);
		long recheckHeap = peakHeap();
		assertThat(((Number) JsonPath.read(again, "$.unchanged")).longValue()).isEqualTo(rows);

		String figures = """
				rows: %d, file: %d KB (shared strings, as Excel writes them), max heap: %d MB
				generate file (test): %d ms
				check (dry run):      %d ms, peak heap %d MB
				import:               %d ms, peak heap %d MB
				export:               %d ms, %d KB, peak heap %d MB
				re-import check:      %d ms, peak heap %d MB
				""".formatted(rows, content.length / 1024, Runtime.getRuntime().maxMemory() / (1024 * 1024), generated,
				checked, checkHeap, imported, importHeap, exported, export.length / 1024, exportHeap, rechecked,
				recheckHeap);
		Path out = Path.of("target/benchmarks/import-large.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, figures);
		System.out.println(figures);
	}

	static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	/** The sum of the heap pools' peaks since the last reset, in MB (an upper bound of the live heap). */
	static long peakHeap() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}
}
