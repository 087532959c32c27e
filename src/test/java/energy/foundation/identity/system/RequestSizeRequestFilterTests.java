package energy.foundation.identity.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request body limits on SCIM requests.
 */
class RequestSizeRequestFilterTests {

	private final RequestSizeRequestFilter filter = new RequestSizeRequestFilter(10);

	@Test
	void doFilterWhenContentLengthOverLimitThenContentTooLargeWithoutCallingChain() throws Exception {
		MockHttpServletRequest request = request("0123456789A");
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean[] called = { false };

		this.filter.doFilter(request, response, (req, res) -> called[0] = true);

		assertThat(called[0]).isFalse();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/scim+json");
		assertThat(response.getContentAsString()).contains("\"status\":\"413\"").contains("10 bytes");
	}

	@Test
	void doFilterWhenStreamedBodyOverLimitThenContentTooLarge() throws Exception {
		MockHttpServletRequest unknownLength = new MockHttpServletRequest("POST", "/scim/v2") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		unknownLength.setContent("0123456789A".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(unknownLength, response, readAll());

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"status\":\"413\"");
	}

	@Test
	void doFilterWhenBodyAtLimitThenPassed() throws Exception {
		MockHttpServletRequest request = request("0123456789");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, readAll());

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("10");
	}

	@Test
	void doFilterWhenReadThroughReaderOverLimitThenContentTooLarge() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/scim/v2") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContent("0123456789A".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
			while (req.getReader().read() != -1) {
				// read to the end
			}
		});

		assertThat(response.getStatus()).isEqualTo(413);
	}

	private static MockHttpServletRequest request(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/scim/v2");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static FilterChain readAll() {
		return (req, res) -> {
			byte[] read = req.getInputStream().readAllBytes();
			res.getWriter().write(Integer.toString(read.length));
		};
	}

}
