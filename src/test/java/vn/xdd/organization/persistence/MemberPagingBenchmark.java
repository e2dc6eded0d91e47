package vn.xdd.organization.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.xdd.XddApplication;
import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.application.OrgTree;
import vn.xdd.shared.OrgUnitId;

/**
 * Member-list paging at province scale, through the real code path ({@link JdbcMembers#page},
 * {@link JdbcMembers#count}, {@link OrgTree#asOf}) on a database filled by
 * {@code --generate-province}. Not a test: {@code bench/member-paging.sh} runs it with the test
 * classpath and the generated data directory ({@code XDD_DATA_DIR}), and it writes the figures
 * between the markers of docs/benchmarks/member-paging.md, leaving the text around them alone.
 * <p>
 * Each figure is the median and 95th percentile of {@code -Dreps} runs (20 by default) after
 * {@code -Dwarmup} runs (5), in milliseconds, measured in the JVM around the Java call: SQL,
 * JDBC and mapping included.
 */
public final class MemberPagingBenchmark {

	static final String START = "<!-- figures:start (written by bench/member-paging.sh) -->";

	static final String END = "<!-- figures:end -->";

	static final int PAGE = 50;

	/** The statuses the member list shows by default (MemberListQuery): those still in a chapter. */
	static final Set<MemberStatus> LISTED = EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.FULL,
			MemberStatus.EXEMPTED, MemberStatus.SUSPENDED);

	private final JdbcMembers members;

	private final JdbcOrgHistory history;

	private final OrgTree tree;

	private final JdbcClient jdbc;

	private final int reps = Integer.getInteger("reps", 20);

	private final int warmup = Integer.getInteger("warmup", 5);

	private final List<String> rows = new ArrayList<>();

	private final StringBuilder plans = new StringBuilder();

	private MemberPagingBenchmark(ConfigurableApplicationContext context) {
		this.members = context.getBean(JdbcMembers.class);
		this.history = context.getBean(JdbcOrgHistory.class);
		this.tree = context.getBean(OrgTree.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks/member-paging.md");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(XddApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--logging.level.root=warn", "--logging.level.vn.xdd=warn");
		int status = 0;
		try {
			String figures = new MemberPagingBenchmark(context).run();
			write(out, figures);
			System.out.println(figures);
			System.out.println("Figures written to " + out.toAbsolutePath());
		}
		catch (RuntimeException | IOException e) {
			e.printStackTrace();
			status = 1;
		}
		finally {
			context.close();
		}
		System.exit(status);
	}

	private String run() {
		String loadBefore = loadAverage();
		long root = jdbc.sql("select id from org_unit where parent_id is null order by id limit 1").query(Long.class).single();
		long total = jdbc.sql("select count(*) from member").query(Long.class).single();
		long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
		long chapters = jdbc.sql("select count(*) from org_unit where type_code = 'SUB_CHAPTER'").query(Long.class).single();
		long communes = jdbc.sql("select count(*) from org_unit where type_code = 'COMMUNE_COMMITTEE'").query(Long.class).single();
		List<Long> province = history.reachable(Set.of(new OrgUnitId(root)));
		// The commune with the most members, and a chapter of median size.
		long commune = jdbc.sql("""
				select u.parent_id from member m join org_unit u on u.id = m.unit_id
				group by u.parent_id order by count(*) desc, u.parent_id limit 1""").query(Long.class).single();
		long communeMembers = jdbc.sql("""
				select count(*) from member m join org_unit u on u.id = m.unit_id where u.parent_id = ?""")
			.param(commune)
			.query(Long.class)
			.single();
		long chapter = jdbc.sql("""
				select unit_id from (select unit_id, count(*) n from member group by unit_id) c
				order by n, unit_id offset (select count(distinct unit_id) / 2 from member) limit 1""")
			.query(Long.class)
			.single();
		List<Long> communeUnits = history.reachable(Set.of(new OrgUnitId(commune)));

		MemberFilter all = filter(province, null);
		MemberFilter ofCommune = filter(communeUnits, null);
		MemberFilter ofChapter = filter(List.of(chapter), null);
		MemberFilter nguyenVan = filter(province, "nguyen van");
		MemberFilter rare = filter(province, "lo thi");
		MemberFilter givenName = filter(province, "tuyet");
		MemberFilter twoLetters = filter(province, "vy");
		MemberFilter none = filter(province, "xyzw");

		time("First page, whole province", () -> members.page(all, null, PAGE), all);
		List<Long> walk = new ArrayList<>();
		String cursor = null;
		for (int i = 0; i < 100; i++) {
			long t0 = System.nanoTime();
			String next = members.page(all, cursor, PAGE).next();
			walk.add(System.nanoTime() - t0);
			if (next == null) {
				break;
			}
			cursor = next;
		}
		row("Walk of pages 1–100 with the cursor (each page)", walk, PAGE, "one walk, 100 pages");
		String page101 = cursor;
		time("Page 101 (cursor after walking 100 pages)", () -> members.page(all, page101, PAGE), all);
		long nearEndRow = Math.max(0, total - PAGE - 10);
		String nearEnd = cursorAt(nearEndRow);
		time("Page near the end (cursor at row " + nearEndRow + ")", () -> members.page(all, nearEnd, PAGE), all);
		time("First page, one commune subtree (" + communeMembers + " members, " + communeUnits.size() + " units)",
				() -> members.page(ofCommune, null, PAGE), ofCommune);
		String communePage21 = walk(ofCommune, 20);
		time("Page 21, one commune subtree", () -> members.page(ofCommune, communePage21, PAGE), ofCommune);
		time("First page, one chapter of median size", () -> members.page(ofChapter, null, PAGE), ofChapter);
		time("Search \"nguyen van\", first page", () -> members.page(nguyenVan, null, PAGE), nguyenVan);
		String searchPage21 = walk(nguyenVan, 20);
		time("Search \"nguyen van\", page 21", () -> members.page(nguyenVan, searchPage21, PAGE), nguyenVan);
		time("Search \"lo thi\" (rare), first page", () -> members.page(rare, null, PAGE), rare);
		time("Search \"tuyet\" (a given name: its matches lie together near the end of the order), first page",
				() -> members.page(givenName, null, PAGE), givenName);
		time("Search \"vy\" (two letters: no trigram to look up), first page", () -> members.page(twoLetters, null, PAGE),
				twoLetters);
		time("Search \"xyzw\" (no match)", () -> members.page(none, null, PAGE), none);
		time("count(), whole province", () -> members.count(all), all);
		time("count(), one commune subtree", () -> members.count(ofCommune), ofCommune);
		time("count(), search \"nguyen van\"", () -> members.count(nguyenVan), nguyenVan);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		time("As-of tree, whole province, today (" + today + ")",
				() -> tree.asOf(List.of(new OrgUnitId(root)), today), null);
		LocalDate old = LocalDate.of(2013, 1, 1);
		time("As-of tree, whole province, " + old, () -> tree.asOf(List.of(new OrgUnitId(root)), old), null);
		// Where the as-of tree's time goes: its three queries; the rest is ordering in Java.
		Set<OrgUnitId> scope = Set.of(new OrgUnitId(root));
		time("… of which reachable units (recursive query)", () -> history.reachable(scope), null);
		List<Long> reachable = history.reachable(scope);
		time("… of which unit versions on the day (today)", () -> history.versionsOn(reachable, today), null);
		time("… of which member counts per unit on the day (today)", () -> history.memberCountsOn(reachable, today),
				null);
		time("… of which member counts per unit on the day (" + old + ")",
				() -> history.memberCountsOn(reachable, old), null);

		explain("First page, whole province", members.pageQuery(all, null, PAGE));
		explain("Page 101, whole province (keyset)", members.pageQuery(all, page101, PAGE));
		explain("Page near the end, whole province (keyset)", members.pageQuery(all, nearEnd, PAGE));
		explain("First page, one commune subtree", members.pageQuery(ofCommune, null, PAGE));
		explain("First page, one chapter", members.pageQuery(ofChapter, null, PAGE));
		explain("Search \"nguyen van\", first page", members.pageQuery(nguyenVan, null, PAGE));
		explain("Search \"nguyen van\", page 21", members.pageQuery(nguyenVan, searchPage21, PAGE));
		explain("Search \"lo thi\" (rare), first page", members.pageQuery(rare, null, PAGE));
		explain("Search \"tuyet\" (a given name), first page", members.pageQuery(givenName, null, PAGE));
		explain("Search \"vy\" (two letters), first page", members.pageQuery(twoLetters, null, PAGE));
		explain("Search \"xyzw\" (no match)", members.pageQuery(none, null, PAGE));
		explain("count(), whole province", members.countQuery(all));
		explain("count(), one commune subtree", members.countQuery(ofCommune));

		String loadAfter = loadAverage();
		String version = jdbc.sql("select version()").query(String.class).single();
		Map<String, Object> sizes = jdbc.sql("""
				select pg_size_pretty(pg_total_relation_size('member')) as member,
				       pg_size_pretty(pg_total_relation_size('member_membership')) as membership,
				       pg_size_pretty(pg_total_relation_size('member_status_period')) as periods""")
			.query()
			.singleRow();
		StringBuilder md = new StringBuilder();
		md.append(START).append("\n\n");
		md.append("Measured ")
			.append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
			.append(" by `bench/member-paging.sh`.\n\n");
		md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
			.append(cpuModel()).append("), ").append(System.getProperty("os.name")).append(' ')
			.append(System.getProperty("os.arch")).append(", Java ").append(System.getProperty("java.version"))
			.append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB")
			.append("; load average (1, 5, 15 min) ").append(loadBefore).append(" before, ").append(loadAfter)
			.append(" after\n");
		md.append("- Database: embedded ").append(version.replaceAll(" on .*", "")).append(", default settings\n");
		md.append("- Data: ").append(String.format(Locale.ROOT, "%,d", total)).append(" members in ")
			.append(String.format(Locale.ROOT, "%,d", chapters)).append(" chapters of ").append(communes)
			.append(" commune committees (").append(units).append(" units); tables with indexes: member ")
			.append(sizes.get("member")).append(", member_membership ").append(sizes.get("membership"))
			.append(", member_status_period ").append(sizes.get("periods")).append('\n');
		String generation = System.getProperty("bench.generateSeconds");
		if (generation != null) {
			md.append("- Generation (`--generate-province --members=").append(total).append(" --chapters=")
				.append(chapters).append(" --seed=").append(System.getProperty("bench.seed", "?"))
				.append("`, JVM start included): ").append(generation).append(" s\n");
		}
		md.append("- Page size ").append(PAGE).append("; filter as the member list builds it (the unit's reachable")
			.append(" units, the statuses still in a chapter); ").append(reps).append(" timed runs after ")
			.append(warmup).append(" warm-up runs; times in ms\n\n");
		md.append("| Operation | median ms | p95 ms | rows | notes |\n|---|---:|---:|---:|---|\n");
		rows.forEach(r -> md.append(r).append('\n'));
		md.append("\n<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the statements page() and count() run</summary>\n\n");
		md.append(plans);
		md.append("</details>\n\n").append(END).append('\n');
		return md.toString();
	}

	private MemberFilter filter(List<Long> units, @Nullable String query) {
		return new MemberFilter(units, query, LISTED, null, null, null, null, null, null);
	}

	private @Nullable String walk(MemberFilter filter, int pages) {
		String cursor = null;
		for (int i = 0; i < pages; i++) {
			String next = members.page(filter, cursor, PAGE).next();
			if (next == null) {
				break;
			}
			cursor = next;
		}
		return cursor;
	}

	private String cursorAt(long offset) {
		return jdbc.sql("select sort_key, id from member order by sort_key, id offset ? limit 1")
			.param(offset)
			.query((rs, i) -> Base64.getUrlEncoder().withoutPadding().encodeToString(rs.getBytes(1)) + "." + rs.getLong(2))
			.single();
	}

	private void time(String label, Supplier<?> action, @Nullable MemberFilter filter) {
		Object result = null;
		for (int i = 0; i < warmup; i++) {
			result = action.get();
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < reps; i++) {
			long t0 = System.nanoTime();
			result = action.get();
			nanos.add(System.nanoTime() - t0);
		}
		long size = result instanceof JdbcMembers.Page p ? p.rows().size()
				: result instanceof List<?> l ? l.size() : result instanceof Map<?, ?> m ? m.size()
						: result instanceof Long n ? n : 0;
		String note = result instanceof Long ? "the count" : result instanceof List<?> || result instanceof Map<?, ?> ? "units" : "";
		if (filter != null && result instanceof JdbcMembers.Page && filter.query() != null) {
			note = "q=" + filter.query();
		}
		row(label, nanos, size, note);
		System.out.printf(Locale.ROOT, "%-70s %s%n", label, rows.get(rows.size() - 1));
	}

	private void row(String label, List<Long> nanos, long size, String note) {
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(null);
		double median = ms(sorted.get((sorted.size() - 1) / 2));
		double p95 = ms(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
		rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,d | %s |", label, median, p95, size, note));
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private void explain(String label, JdbcMembers.Query query) {
		List<String> lines = jdbc.sql("explain (analyze, buffers) " + query.sql())
			.params(query.params())
			.query(String.class)
			.list();
		plans.append("**").append(label).append("**\n\n```\n");
		// Arrays of thousands of unit ids are shortened to their first ids and their length.
		lines.forEach(l -> plans.append(shortenArrays(l)).append('\n'));
		plans.append("```\n\n");
	}

	static String shortenArrays(String line) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < line.length()) {
			int open = line.indexOf('{', at);
			int close = open < 0 ? -1 : line.indexOf('}', open);
			if (close < 0) {
				out.append(line, at, line.length());
				break;
			}
			String inside = line.substring(open + 1, close);
			String[] ids = inside.split(",");
			if (ids.length > 8 && inside.matches("[0-9,]+")) {
				out.append(line, at, open + 1)
					.append(String.join(",", java.util.Arrays.copyOf(ids, 5)))
					.append(",… ")
					.append(ids.length)
					.append(" ids}");
			}
			else {
				out.append(line, at, close + 1);
			}
			at = close + 1;
		}
		return out.toString();
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException e) {
			return "unknown CPU";
		}
	}

	private static void write(Path out, String figures) throws IOException {
		String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "# Member-list paging benchmark\n\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		String updated = start >= 0 && end > start ? text.substring(0, start) + figures + text.substring(end + END.length() + 1)
				: text + "\n" + figures;
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, updated, StandardCharsets.UTF_8);
	}
}
