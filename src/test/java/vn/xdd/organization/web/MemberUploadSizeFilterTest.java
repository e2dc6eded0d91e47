package vn.xdd.organization.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The size rule of member uploads, on the filter alone: what passes, what is sent back and how. */
class MemberUploadSizeFilterTest {

	static final long MB = 1024 * 1024;

	final StaticMessageSource messages = new StaticMessageSource();

	final MemberUploadSizeFilter filter;

	MemberUploadSizeFilterTest() {
		messages.addMessage("member.import.error.tooLarge", Locale.forLanguageTag("vi"), "Tệp vượt quá {0} MB.");
		filter = new MemberUploadSizeFilter(2 * MB, 0, 2, messages);
	}

	static MockHttpServletRequest post(String uri, long length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setContent(new byte[(int) length]);
		return request;
	}

	@Test
	void anUploadWithinTheLimitAndItsEnvelopeGoesOn() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(post("/members/import", 2 * MB + MemberUploadSizeFilter.ENVELOPE), new MockHttpServletResponse(),
				chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void aLargerUploadToThePageGoesBackToTheForm() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(post("/members/import", 2 * MB + MemberUploadSizeFilter.ENVELOPE + 1), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getRedirectedUrl()).isEqualTo("/members/import?tooLarge");
	}

	@Test
	void aLargerUploadToTheApiIsA413Problem() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(post("/api/v1/members/import", 3 * MB), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Tệp vượt quá 2 MB.");
	}

	@Test
	void theRequestLimitOfTheWebShellCountsToo() throws Exception {
		MemberUploadSizeFilter strict = new MemberUploadSizeFilter(2 * MB, MB, 2, messages);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		strict.doFilter(post("/members/import", MB + 1), response, chain);
		assertThat(response.getRedirectedUrl()).isEqualTo("/members/import?tooLarge");
	}

	@Test
	void aLargeGetIsNotItsConcern() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members/import");
		request.setContent(new byte[(int) (3 * MB)]);
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}
}
