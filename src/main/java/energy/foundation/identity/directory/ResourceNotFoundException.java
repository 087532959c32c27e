package energy.foundation.identity.directory;

/**
 * No resource of the given type and id exists in the organisation. An id of another
 * organisation is reported the same way, so that organisations cannot probe each other.
 */
public final class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(ResourceType type) {
		super(type.scimName() + " not found");
	}

}
