package energy.foundation.identity.system;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request ids: taken from the caller when plain, generated otherwise.
 */
class RequestIdRequestFilterTests {

	private final RequestIdRequestFilter filter = new RequestIdRequestFilter();

	@Test
	void doFilterWhenHeaderPlainThenUsedEchoedAndInLoggingContext() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/scim/v2");
		request.addHeader("X-Request-Id", "a-Z_0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();

		this.filter.doFilter(request, response, (req, res) -> logged.set(MDC.get("requestId")));

		assertThat(response.getHeader("X-Request-Id")).isEqualTo("a-Z_0.9");
		assertThat(logged.get()).isEqualTo("a-Z_0.9");
	}

	@Test
	void doFilterWhenHeaderHasOtherCharactersThenReplaced() throws Exception {
		String id = filterWith("abc def\r\nInjected: yes");

		assertThat(id).isNotEqualTo("abc def\r\nInjected: yes").matches("[0-9a-f-]{36}");
	}

	@Test
	void doFilterWhenHeaderLongerThan64ThenReplaced() throws Exception {
		assertThat(filterWith("a".repeat(65))).hasSize(36);
	}

	@Test
	void doFilterWhenHeaderIs64CharactersThenUsed() throws Exception {
		assertThat(filterWith("a".repeat(64))).isEqualTo("a".repeat(64));
	}

	@Test
	void doFilterWhenNoHeaderThenGenerated() throws Exception {
		assertThat(filterWith(null)).matches("[0-9a-f-]{36}");
	}

	@Test
	void doFilterWhenDoneThenLoggingContextCleared() throws Exception {
		filterWith("abc");

		assertThat(MDC.get("requestId")).isNull();
	}

	private String filterWith(@Nullable String header) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/scim/v2");
		if (header != null) {
			request.addHeader("X-Request-Id", header);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response.getHeader("X-Request-Id");
	}

}
