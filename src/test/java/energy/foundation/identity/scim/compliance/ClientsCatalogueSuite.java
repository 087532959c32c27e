package energy.foundation.identity.scim.compliance;

/**
 * The black-box test cases of CLIENTS.md §10 (TC-01 to TC-100) that apply to a service
 * authenticated by SCIM secret tokens, in {@code scim/cases/clients-catalogue.json}, with
 * the case ids of the catalogue, plus cases for what other sections ask and §10 does not
 * spell out (ids {@code X-…}): {@code /Schemas}, framework errors as SCIM errors (§2.3,
 * §9 item 14: 404, 405, 415, {@code invalidFilter}), {@code application/json} bodies, any
 * {@code Accept}, and concurrent membership changes and creates (E12, §6.4).
 * <p>
 * Left out, with the reason:
 * <ul>
 * <li>TC-08, TC-09, TC-10: the OAuth 2.0 token endpoint, which this service does not
 * offer yet (secret tokens only).</li>
 * <li>TC-12: Workload Identity Federation, not offered.</li>
 * <li>TC-15: rate limiting (429 with {@code Retry-After}), not offered.</li>
 * <li>TC-101 to TC-107: flows run against a live Entra tenant, outside a build.</li>
 * </ul>
 * TC-05 (revoked token) runs when the operator API can revoke a credential.
 */
abstract class ClientsCatalogueSuite extends CaseFileSuite {

	@Override
	String caseFile() {
		return "scim/cases/clients-catalogue.json";
	}

}
