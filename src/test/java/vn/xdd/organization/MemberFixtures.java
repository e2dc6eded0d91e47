package vn.xdd.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.xdd.Fixtures;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units and members made through the API, as the administrator (or the given user) would make
 * them. Identifiers that must be unique in the registry (party card, citizen ID) come from a
 * counter, since all integration tests share one database.
 */
public final class MemberFixtures {

	/** The day test units start: early enough for members admitted and transferred in the past. */
	public static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000L * 1000);

	private final MockMvc mvc;

	public MemberFixtures(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A number of exactly {@code digits} digits that no other test uses. */
	public static String uniqueDigits(int digits) {
		long n = NUMBERS.incrementAndGet();
		String text = Long.toString(n);
		String padded = "1" + "0".repeat(Math.max(0, digits - 1 - text.length())) + text;
		return padded.substring(padded.length() - digits);
	}

	/** A unit of {@code type} under {@code parent}, existing since {@link #FOUNDED}. */
	public long unit(long parent, String type, String name) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/org-units").with(Fixtures.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("parentId", parent, "type", type, "name", name, "validFrom", FOUNDED))))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	/** A unit of {@code type} under {@code parent}, existing from today (as a parent made today requires). */
	public long unitToday(long parent, String type, String name) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/org-units").with(Fixtures.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("parentId", parent, "type", type, "name", name))))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	/** A grassroots party committee directly under the root. */
	public long committee(String name) throws Exception {
		return unit(Fixtures.ROOT, "GRASSROOTS_COMMITTEE", name);
	}

	/** A chapter under a grassroots party committee. */
	public long chapter(long committee, String name) throws Exception {
		return unit(committee, "SUB_CHAPTER", name);
	}

	/**
	 * The fields of a full member admitted in 2015, born in 1985, male; {@code tweak} changes them
	 * (put null to leave a field out).
	 */
	public static Map<String, Object> record(String fullName, Consumer<Map<String, Object>> tweak) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("fullName", fullName);
		fields.put("birthDate", LocalDate.of(1985, 3, 1));
		fields.put("sex", "MALE");
		fields.put("admittedOn", LocalDate.of(2015, 3, 1));
		fields.put("fullMemberOn", LocalDate.of(2016, 3, 1));
		tweak.accept(fields);
		return fields;
	}

	public long member(long chapter, String fullName) throws Exception {
		return member(chapter, fullName, f -> {
		});
	}

	public long member(long chapter, String fullName, Consumer<Map<String, Object>> tweak) throws Exception {
		return member(chapter, fullName, tweak, Fixtures.admin());
	}

	/** Registers a member through the API; returns its id. */
	public long member(long chapter, String fullName, Consumer<Map<String, Object>> tweak, RequestPostProcessor who)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chapterId", chapter);
		body.putAll(record(fullName, tweak));
		MvcResult result = mvc
			.perform(post("/api/v1/members").with(who).contentType(MediaType.APPLICATION_JSON).content(json(body)))
			.andExpect(status().isCreated())
			.andReturn();
		return Fixtures.number(Fixtures.body(result), "$.id");
	}

	/** POSTs a JSON body to the API as the administrator and expects {@code expected}; returns the body. */
	public String postJson(String path, Map<String, ?> body, int expected) throws Exception {
		return postJson(path, body, Fixtures.admin(), expected);
	}

	/** POSTs a JSON body to the API as {@code who} and expects {@code expected}; returns the body. */
	public String postJson(String path, Map<String, ?> body,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, int expected) throws Exception {
		MvcResult result = mvc
			.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(json(body)))
			.andExpect(status().is(expected))
			.andReturn();
		return Fixtures.body(result);
	}

	/** A flat JSON object; dates as ISO text, null values left out. */
	public static String json(Map<String, ?> fields) {
		StringBuilder out = new StringBuilder("{");
		for (Map.Entry<String, ?> e : fields.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(e.getKey()).append("\":");
			Object v = e.getValue();
			if (v instanceof Number || v instanceof Boolean) {
				out.append(v);
			}
			else {
				out.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		}
		return out.append('}').toString();
	}
}
