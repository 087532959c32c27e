package energy.foundation.identity.scim;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.directory.ResourcePage;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /Users} and {@code /Groups} endpoints of one organisation (RFC 7644 §3). The
 * organisation comes from the URL; the security chain has already checked that the bearer
 * credential belongs to it.
 */
@RestController
@RequestMapping(ScimResourceController.BASE_PATH)
class ScimResourceController {

	static final String BASE_PATH = "/scim/v2/organisations/{organisationId}";

	private static final String ENDPOINT = "/{endpoint:Users|Groups}";

	private final ScimResources resources;

	private final ScimRequestBodies bodies;

	private final ScimResponses responses;

	private final ResourceRenderer renderer;

	private final ScimBaseUrls locations;

	ScimResourceController(ScimResources resources, ScimRequestBodies bodies, ScimResponses responses,
			ResourceRenderer renderer, ScimBaseUrls locations) {
		this.resources = resources;
		this.bodies = bodies;
		this.responses = responses;
		this.renderer = renderer;
		this.locations = locations;
	}

	@GetMapping(ENDPOINT)
	ResponseEntity<byte[]> list(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@RequestParam Map<String, String> parameters) {
		return list(organisationId, endpoint, ListRequest.fromQuery(parameters));
	}

	@PostMapping(ENDPOINT + "/.search")
	ResponseEntity<byte[]> search(@PathVariable UUID organisationId, @PathVariable String endpoint,
			HttpEntity<byte[]> request) {
		return list(organisationId, endpoint, ListRequest.fromSearchRequest(this.bodies.read(request)));
	}

	@PostMapping(ENDPOINT)
	ResponseEntity<byte[]> create(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@RequestParam Map<String, String> parameters, HttpEntity<byte[]> request) {
		ResourceType type = typeOf(endpoint);
		StoredResource created = this.resources.create(organisationId, type, this.bodies.read(request));

		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LOCATION,
				ResourceRenderer.location(type, this.locations.of(organisationId), created.id()));
		return resource(HttpStatus.CREATED, headers, created, ListRequest.fromQuery(parameters).projection());
	}

	@GetMapping(ENDPOINT + "/{id}")
	ResponseEntity<byte[]> get(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@PathVariable String id, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		ResourceType type = typeOf(endpoint);
		AttributeProjection projection = ListRequest.fromQuery(parameters).projection();
		StoredResource found = this.resources
			.find(organisationId, type, idOf(type, id), projection.includes(referencesOf(type)))
			.orElseThrow(() -> notFound(type));

		if (EntityTags.matches(ifNoneMatch, found.version())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(EntityTags.of(found.version())).build();
		}
		return resource(HttpStatus.OK, new HttpHeaders(), found, projection);
	}

	@PutMapping(ENDPOINT + "/{id}")
	ResponseEntity<byte[]> replace(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@PathVariable String id, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			HttpEntity<byte[]> request) {
		ResourceType type = typeOf(endpoint);
		AttributeProjection projection = ListRequest.fromQuery(parameters).projection();
		return change(type, projection, (withReferences) -> this.resources.replace(organisationId, type, idOf(type, id),
				EntityTags.requiredVersion(ifMatch), this.bodies.read(request), withReferences));
	}

	@PatchMapping(ENDPOINT + "/{id}")
	ResponseEntity<byte[]> patch(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@PathVariable String id, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			HttpEntity<byte[]> request) {
		ResourceType type = typeOf(endpoint);
		AttributeProjection projection = patchProjection(type, parameters);
		return change(type, projection, (withReferences) -> this.resources.patch(organisationId, type, idOf(type, id),
				EntityTags.requiredVersion(ifMatch), this.bodies.read(request), withReferences));
	}

	@DeleteMapping(ENDPOINT + "/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID organisationId, @PathVariable String endpoint,
			@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ResourceType type = typeOf(endpoint);
		this.resources.delete(organisationId, type, idOf(type, id), EntityTags.requiredVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<byte[]> list(UUID organisationId, String endpoint, ListRequest request) {
		ResourceType type = typeOf(endpoint);
		boolean withReferences = request.projection().includes(referencesOf(type));

		ResourcePage page = this.resources.list(organisationId, type, request, withReferences);

		String baseUrl = this.locations.of(organisationId);
		List<ObjectNode> rendered = page.resources()
			.stream()
			.map((resource) -> request.projection().apply(this.renderer.render(resource, baseUrl, withReferences)))
			.toList();
		return this.responses.json(HttpStatus.OK,
				this.responses.listResponse(page.totalResults(), request.startIndex(), rendered));
	}

	/**
	 * Applies a replace or a patch, loading references only when the answer shows them.
	 */
	private ResponseEntity<byte[]> change(ResourceType type, AttributeProjection projection, ResourceUpdate update) {
		StoredResource changed = update.apply(projection.includes(referencesOf(type)));
		return resource(HttpStatus.OK, new HttpHeaders(), changed, projection);
	}

	private ResponseEntity<byte[]> resource(HttpStatus status, HttpHeaders headers, StoredResource resource,
			AttributeProjection projection) {
		boolean withReferences = projection.includes(referencesOf(resource.type()));
		ObjectNode rendered = this.renderer.render(resource, this.locations.of(resource.organisationId()),
				withReferences);
		headers.setETag(EntityTags.of(resource.version()));
		return this.responses.json(status, headers, projection.apply(rendered));
	}

	/**
	 * A PATCH of a group answers without its member list unless the client asks for it: a
	 * large group's members would be sent back on every membership change, and neither
	 * Entra ID nor Okta reads them there.
	 */
	private static AttributeProjection patchProjection(ResourceType type, Map<String, String> parameters) {
		AttributeProjection requested = ListRequest.fromQuery(parameters).projection();
		if (type == ResourceType.GROUP && requested.attributes().isEmpty() && requested.excluded().isEmpty()) {
			return AttributeProjection.of(List.of(), List.of("members"));
		}
		return requested;
	}

	private static ResourceType typeOf(String endpoint) {
		return endpoint.equals("Users") ? ResourceType.USER : ResourceType.GROUP;
	}

	private static String referencesOf(ResourceType type) {
		return (type == ResourceType.USER) ? "groups" : "members";
	}

	/**
	 * The id in the URL. Ids are case-exact (RFC 7643 §3.1) and written in lower case, so
	 * the same UUID in other letters names no resource.
	 */
	private static UUID idOf(ResourceType type, String id) {
		try {
			UUID parsed = UUID.fromString(id);
			if (!parsed.toString().equals(id)) {
				throw notFound(type);
			}
			return parsed;
		}
		catch (IllegalArgumentException ex) {
			throw notFound(type);
		}
	}

	private static ScimException notFound(ResourceType type) {
		return ScimException.notFound(type.scimName() + " not found in this organisation");
	}

	/**
	 * A replace or patch, told whether the answer shows references (and so whether they
	 * are worth loading).
	 */
	@FunctionalInterface
	private interface ResourceUpdate {

		StoredResource apply(boolean withReferences);

	}

}
