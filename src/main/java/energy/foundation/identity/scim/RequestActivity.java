package energy.foundation.identity.scim;

import java.util.UUID;

import energy.foundation.identity.directory.StoredResource;
import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the SCIM layer learnt while answering one request, for the provisioning log: the
 * resource created or changed, its attributes before and after, the members actually
 * added and removed, the number of results of a list, the parsed body and the
 * {@code scimType} of the error answered. The provisioning log request filter puts one
 * into every SCIM request and reads it once the request was answered; without that
 * filter, what is noted goes nowhere.
 */
final class RequestActivity {

	/**
	 * The request attribute holding it.
	 */
	static final String ATTRIBUTE = RequestActivity.class.getName();

	private @Nullable UUID resourceId;

	private @Nullable ObjectNode before;

	private @Nullable ObjectNode after;

	private int membersAdded;

	private int membersRemoved;

	private long totalResults = -1;

	private @Nullable JsonNode body;

	private @Nullable String scimType;

	/**
	 * The activity of the request being answered on this thread, or a new one that nobody
	 * reads.
	 */
	static RequestActivity current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return of(servlet.getRequest());
		}
		return new RequestActivity();
	}

	/**
	 * The activity of the given request, or a new one that nobody reads.
	 */
	static RequestActivity of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof RequestActivity activity) ? activity : new RequestActivity();
	}

	void created(StoredResource resource, int members) {
		this.resourceId = resource.id();
		this.before = null;
		this.after = resource.attributes();
		this.membersAdded = members;
	}

	void changed(StoredResource current, ObjectNode changed) {
		this.resourceId = current.id();
		this.before = current.attributes();
		this.after = changed;
	}

	void membersChanged(int added, int removed) {
		this.membersAdded = added;
		this.membersRemoved = removed;
	}

	void listed(long total) {
		this.totalResults = total;
	}

	void body(JsonNode parsed) {
		this.body = parsed;
	}

	void scimType(@Nullable String type) {
		this.scimType = type;
	}

	@Nullable UUID resourceId() {
		return this.resourceId;
	}

	/**
	 * The attributes before the change; {@code null} for a creation or when nothing was
	 * changed.
	 */
	@Nullable ObjectNode before() {
		return this.before;
	}

	/**
	 * The attributes after a creation or change; {@code null} when nothing was stored.
	 */
	@Nullable ObjectNode after() {
		return this.after;
	}

	int membersAdded() {
		return this.membersAdded;
	}

	int membersRemoved() {
		return this.membersRemoved;
	}

	/**
	 * The total results of a list; -1 when nothing was listed.
	 */
	long totalResults() {
		return this.totalResults;
	}

	@Nullable JsonNode body() {
		return this.body;
	}

	@Nullable String scimType() {
		return this.scimType;
	}

}
