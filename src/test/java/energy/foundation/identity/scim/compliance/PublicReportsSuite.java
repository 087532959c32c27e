package energy.foundation.identity.scim.compliance;

/**
 * The cases of {@code scim/cases/public-reports.json}: real failures of other SCIM
 * servers with what Entra ID, Okta and other clients sent (see that folder's README in
 * {@code /work/shared/scim/cases}).
 */
abstract class PublicReportsSuite extends CaseFileSuite {

	@Override
	String caseFile() {
		return "scim/cases/public-reports.json";
	}

}
