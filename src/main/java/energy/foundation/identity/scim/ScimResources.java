package energy.foundation.identity.scim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.Modification;
import energy.foundation.identity.directory.ResourceChange;
import energy.foundation.identity.directory.ResourcePage;
import energy.foundation.identity.directory.ResourceQuery;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.scim.dialect.ClientDialect;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.scim.filter.FilterParser;
import energy.foundation.identity.scim.filter.InvalidFilterException;
import energy.foundation.identity.scim.filter.InvalidPathException;
import energy.foundation.identity.scim.filter.PatchPath;
import energy.foundation.identity.scim.patch.PatchEngine;
import energy.foundation.identity.scim.patch.PatchOperation;
import energy.foundation.identity.scim.patch.PatchResult;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The SCIM operations on users and groups of one organisation (RFC 7644 §3.3–§3.6): the
 * client dialect turns what was sent into canonical attributes and patch operations, the
 * strict core applies them, and the directory stores the result atomically.
 */
@Component
final class ScimResources {

	private final Directory directory;

	private final ClientDialect dialect;

	private final PatchEngine patchEngine;

	private final SchemaRegistry schemas;

	ScimResources(Directory directory, ClientDialect dialect, PatchEngine patchEngine, SchemaRegistry schemas) {
		this.directory = directory;
		this.dialect = dialect;
		this.patchEngine = patchEngine;
		this.schemas = schemas;
	}

	StoredResource create(UUID organisationId, ResourceType type, JsonNode body) {
		ObjectNode attributes = this.dialect.resourceAttributes(type, body);
		Set<UUID> members = (type == ResourceType.GROUP) ? orEmpty(this.dialect.memberIds(body)) : Set.of();

		StoredResource created = this.directory.create(organisationId, type, attributes, members);
		RequestActivity.current().created(created, members.size());
		return created;
	}

	Optional<StoredResource> find(UUID organisationId, ResourceType type, UUID id, boolean withReferences) {
		return this.directory.find(organisationId, type, id, withReferences);
	}

	StoredResource replace(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion,
			JsonNode body, boolean withReferences) {
		ObjectNode attributes = this.dialect.resourceAttributes(type, body);
		Set<UUID> members = (type == ResourceType.GROUP) ? this.dialect.memberIds(body) : null;
		List<MembershipChange> changes = (members != null) ? List.of(new MembershipChange.Replace(members)) : List.of();

		return this.directory.modify(organisationId, type, id, expectedVersion, withReferences,
				new ObservedChange((current) -> new Modification(attributes.deepCopy(), changes)));
	}

	StoredResource patch(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion, JsonNode body,
			boolean withReferences) {
		List<PatchOperation> operations = this.dialect.patchOperations(type, body);

		return this.directory.modify(organisationId, type, id, expectedVersion, withReferences,
				new ObservedChange((current) -> {
					PatchResult result = this.patchEngine.apply(type, current.attributes(), operations);
					return new Modification(result.attributes(), result.membershipChanges());
				}));
	}

	void delete(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion) {
		this.directory.delete(organisationId, type, id, expectedVersion);
	}

	ResourcePage list(UUID organisationId, ResourceType type, ListRequest request, boolean withReferences) {
		Filter filter = (request.filter() != null) ? parseFilter(request.filter()) : null;
		AttributePath sortBy = (request.sortBy() != null) ? parseSortBy(request.sortBy()) : null;
		ResourceQuery query = new ResourceQuery(type, filter, this.schemas.catalog(type), sortBy, request.descending(),
				request.startIndex(), request.count(), withReferences);
		ResourcePage page = this.directory.query(organisationId, query);
		RequestActivity.current().listed(page.totalResults());
		return page;
	}

	private static Filter parseFilter(String text) {
		try {
			Filter filter = FilterParser.parse(text);
			checkLiterals(filter);
			return filter;
		}
		catch (InvalidFilterException ex) {
			throw ScimException
				.invalidFilter("The filter is not valid: " + ex.reason() + " at position " + ex.position(), ex);
		}
	}

	/**
	 * Refuses comparison values that no stored value can equal because they could not
	 * have been stored (PostgreSQL would fail on a NUL character instead of answering).
	 */
	private static void checkLiterals(Filter filter) {
		switch (filter) {
			case Filter.And and -> {
				checkLiterals(and.left());
				checkLiterals(and.right());
			}
			case Filter.Or or -> {
				checkLiterals(or.left());
				checkLiterals(or.right());
			}
			case Filter.Not not -> checkLiterals(not.filter());
			case Filter.ValuePath valuePath -> checkLiterals(valuePath.filter());
			case Filter.Comparison comparison -> {
				String problem = (comparison.value() instanceof String text)
						? ScimRequestBodies.StorableText.problem(text) : null;
				if (problem != null) {
					throw ScimException.invalidFilter("A comparison value contains " + problem);
				}
			}
			case Filter.Present present -> {
			}
		}
	}

	private static AttributePath parseSortBy(String text) {
		try {
			PatchPath path = FilterParser.parsePath(text);
			if (path.valueFilter() != null) {
				throw ScimException.invalidValue("sortBy must name an attribute, without a filter");
			}
			return path.attribute();
		}
		catch (InvalidPathException | InvalidFilterException ex) {
			throw ScimException.invalidValue("sortBy must name an attribute, such as userName or meta.created");
		}
	}

	private static Set<UUID> orEmpty(@Nullable Set<UUID> members) {
		return (members != null) ? members : Set.of();
	}

	/**
	 * A change that notes, for the provisioning log, the attributes before and after and
	 * the members it added and removed.
	 */
	private static final class ObservedChange implements ResourceChange {

		private final ResourceChange change;

		private final RequestActivity activity = RequestActivity.current();

		ObservedChange(ResourceChange change) {
			this.change = change;
		}

		@Override
		public Modification apply(StoredResource current) {
			Modification modification = this.change.apply(current);
			this.activity.changed(current, modification.attributes());
			return modification;
		}

		@Override
		public void membersChanged(int added, int removed) {
			this.activity.membersChanged(added, removed);
		}

	}

}
