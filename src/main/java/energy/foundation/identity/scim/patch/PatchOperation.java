package energy.foundation.identity.scim.patch;

import java.util.Locale;
import java.util.Optional;

import energy.foundation.identity.scim.filter.PatchPath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2). An example:
 * <pre>{ "op": "replace", "path": "emails[type eq \"work\"].value", "value": "a@example.com" }</pre>
 *
 * @param op what to do
 * @param path the target, or {@code null} for a path-less add or replace whose value is
 * an object of attributes
 * @param value the value; {@code null} when the operation has none
 */
public record PatchOperation(Op op, @Nullable PatchPath path, @Nullable JsonNode value) {

	/**
	 * The {@code op} of RFC 7644 §3.5.2.
	 */
	public enum Op {

		ADD, REPLACE, REMOVE;

		/**
		 * The operation with this name, ignoring case (Entra sends {@code Replace}).
		 */
		public static Optional<Op> fromName(String name) {
			String upper = name.toUpperCase(Locale.ROOT);
			for (Op op : values()) {
				if (op.name().equals(upper)) {
					return Optional.of(op);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * Names the operation and the attribute only: values and value filters may hold
	 * personal data.
	 */
	@Override
	public String toString() {
		return "PatchOperation[op=" + this.op + ", attribute="
				+ ((this.path != null) ? this.path.attribute().key() : "(none)") + "]";
	}

}
