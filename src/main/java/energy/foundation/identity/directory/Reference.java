package energy.foundation.identity.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A link between resources of one organisation: a member of a group, or a group a user
 * belongs to.
 *
 * @param id the id of the referenced resource
 * @param type its type
 * @param display its display name when known
 */
public record Reference(UUID id, ResourceType type, @Nullable String display) {

	/**
	 * Id and type only: the display name is personal data.
	 */
	@Override
	public String toString() {
		return "Reference[type=" + this.type.scimName() + ", id=" + this.id + "]";
	}

}
