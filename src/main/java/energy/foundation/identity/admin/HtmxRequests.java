package energy.foundation.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Tells the requests htmx sends to refresh part of a page from those that need the whole
 * page: a plain link or form, a reload, and htmx restoring a page missing from its
 * history cache.
 */
final class HtmxRequests {

	private HtmxRequests() {
	}

	/**
	 * Whether to answer with the page's fragment only; marks the answer as varying with
	 * the htmx headers either way, so that no cache serves a fragment for a page.
	 */
	static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

}
