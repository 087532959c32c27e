package energy.foundation.identity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The package rules of the architecture note: features free of cycles, and the domain
 * ({@code directory}, {@code organisation}, {@code credential}, {@code access},
 * {@code signin}) independent of the protocol and web layers, except that the directory
 * evaluates the SCIM filter model.
 */
@AnalyzeClasses(packages = "energy.foundation.identity", importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTests {

	private static final String BASE = "energy.foundation.identity";

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = SlicesRuleDefinition.slices()
		.matching(BASE + ".(**)")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule domainDoesNotUseProtocolOrWebLayers = ArchRuleDefinition.noClasses()
		.that()
		.resideInAnyPackage(BASE + ".directory..", BASE + ".organisation..", BASE + ".access..", BASE + ".signin..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + ".scim", BASE + ".scim.error..", BASE + ".scim.dialect..", BASE + ".scim.patch..",
				BASE + ".scim.schema..", BASE + ".admin..", BASE + ".operator..", BASE + ".system..");

	@ArchTest
	static final ArchRule credentialsDoNotUseWebLayers = ArchRuleDefinition.noClasses()
		.that()
		.resideInAPackage(BASE + ".credential..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + ".admin..", BASE + ".operator..");

	@ArchTest
	static final ArchRule activityDoesNotUseProtocolOrWebLayers = ArchRuleDefinition.noClasses()
		.that()
		.resideInAPackage(BASE + ".activity..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + ".scim..", BASE + ".admin..", BASE + ".operator..", BASE + ".system..");

	@ArchTest
	static final ArchRule filterModelStandsAlone = ArchRuleDefinition.noClasses()
		.that()
		.resideInAPackage(BASE + ".scim.filter..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BASE + ".directory..", BASE + ".scim", BASE + ".scim.patch..", BASE + ".scim.dialect..",
				BASE + ".scim.schema..");

	private ArchitectureTests() {
	}

}
