package vn.xdd.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application works on a network without Internet access: its pages load scripts, styles and
 * images from the application itself only, and keep no inline script or style (which the Content
 * Security Policy would block).
 */
@XddIntegrationTest
class LocalAssetsTest {

	static final Pattern ASSET = Pattern.compile("<(script|link|img)\\b[^>]*?\\s(src|href)=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static List<String> assets(String html, String tag) {
		List<String> found = new ArrayList<>();
		Matcher m = ASSET.matcher(html);
		while (m.find()) {
			if (m.group(1).equals(tag)) {
				found.add(m.group(3));
			}
		}
		return found;
	}

	void assertLocal(String html) throws Exception {
		List<String> scripts = assets(html, "script");
		List<String> links = assets(html, "link");
		List<String> images = assets(html, "img");
		assertThat(scripts).contains("/js/app.js").anyMatch(s -> s.matches("/webjars/htmx\\.org/.*/htmx\\.min\\.js"));
		assertThat(links).contains("/css/app.css", "/css/print.css", "/img/favicon.svg");
		assertThat(images).isNotEmpty();
		List<String> all = new ArrayList<>(scripts);
		all.addAll(links);
		all.addAll(images);
		for (String url : all) {
			assertThat(url).as("asset address").doesNotStartWith("http:").doesNotStartWith("https:")
				.doesNotStartWith("//")
				.startsWith("/");
			mvc.perform(get(url)).andExpect(status().isOk());
		}
		// Every script is a file: the policy "script-src 'self'" would block inline code.
		assertThat(html.split("<script", -1).length - 1).isEqualTo(scripts.size());
		assertThat(html).doesNotContain("<style").doesNotContain(" style=\"").doesNotContainPattern(" on[a-z]+=\"");
	}

	@Test
	void theLoginPageUsesOnlyLocalAssets() throws Exception {
		assertLocal(html(get("/login")));
	}

	@Test
	void theHomePageUsesOnlyLocalAssets() throws Exception {
		MockHttpSession admin = new Fixtures(mvc).adminSession();
		String home = html(get("/").session(admin));
		assertThat(Fixtures.testId(home, "unit-count")).isNotNull();
		assertLocal(home);
	}

	@Test
	void stylesAndScriptsFetchNothingFromOutside() throws Exception {
		for (String file : List.of("/css/app.css", "/css/print.css", "/js/app.js")) {
			assertThat(html(get(file))).as(file).doesNotContain("http://").doesNotContain("https://")
				.doesNotContainPattern("url\\(\\s*['\"]?//")
				.doesNotContain("@import");
		}
	}
}
