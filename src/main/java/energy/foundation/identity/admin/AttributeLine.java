package energy.foundation.identity.admin;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One attribute as a detail page shows it: a name people read, its value as text, and a
 * link when the value names another user of the organisation.
 *
 * @param name the attribute's name for people (for example "User name")
 * @param path the SCIM attribute path (for example {@code userName})
 * @param value the value as text
 * @param userId the user the value names, if it names one
 */
record AttributeLine(String name, String path, String value, @Nullable UUID userId) {

}
