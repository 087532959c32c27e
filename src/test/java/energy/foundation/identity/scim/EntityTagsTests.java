package energy.foundation.identity.scim;

import energy.foundation.identity.scim.error.ScimException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EntityTagsTests {

	@Test
	void ofWhenVersionThenWeakTag() {
		assertThat(EntityTags.of(3)).isEqualTo("W/\"3\"");
	}

	@Test
	void requiredVersionWhenAbsentOrStarThenAnyVersion() {
		assertThat(EntityTags.requiredVersion(null)).isNull();
		assertThat(EntityTags.requiredVersion("*")).isNull();
	}

	@Test
	void requiredVersionWhenWeakOrStrongTagThenVersion() {
		assertThat(EntityTags.requiredVersion("W/\"7\"")).isEqualTo(7L);
		assertThat(EntityTags.requiredVersion("\"7\"")).isEqualTo(7L);
	}

	@Test
	void requiredVersionWhenForeignTagThenPreconditionFailed() {
		assertThatExceptionOfType(ScimException.class).isThrownBy(() -> EntityTags.requiredVersion("\"abc\""))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(412));
	}

	@Test
	void matchesWhenListContainsCurrentVersionThenTrue() {
		assertThat(EntityTags.matches("W/\"1\", W/\"2\"", 2)).isTrue();
		assertThat(EntityTags.matches("W/\"1\"", 2)).isFalse();
		assertThat(EntityTags.matches(null, 2)).isFalse();
	}

}
