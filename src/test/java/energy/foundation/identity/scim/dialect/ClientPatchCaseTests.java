package energy.foundation.identity.scim.dialect;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.patch.PatchEngine;
import energy.foundation.identity.scim.patch.PatchResult;
import energy.foundation.identity.scim.schema.SchemaRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The PATCH cases of {@code cases/public-reports.json} (PR-nn) and of CLIENTS.md §10 D
 * and F (TC-nn), expressed on attribute documents: request body through the dialect, then
 * the engine. Cases that need the store (uniqueness, unknown ids) are tested where the
 * store is.
 */
class ClientPatchCaseTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;

	private static final String A = "3e1f0c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

	private static final String B = "77aa0c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

	private static final String USER = "{'userName':'jonas@example.test',"
			+ "'name':{'givenName':'Jonas','familyName':'Pereira'},'active':true}";

	private final SchemaRegistry schemas = new SchemaRegistry();

	private final ClientDialect dialect = new ClientDialect(this.schemas);

	private final PatchEngine engine = new PatchEngine(this.schemas);

	@Test
	void pr02WhenEntraReplacesActiveWithCapitalisedStringsThenBooleans() {
		ObjectNode disabled = user(USER, "{'op':'Replace','path':'active','value':'False'}");
		ObjectNode enabled = user(disabled.toString(), "{'op':'Replace','path':'active','value':'True'}");

		assertThat(disabled.get("active")).isEqualTo(json("false"));
		assertThat(enabled.get("active")).isEqualTo(json("true"));
	}

	@Test
	void pr04WhenEntraAddsActiveStringThenReplaced() {
		ObjectNode result = user(USER, "{'op':'Add','path':'active','value':'False'}");

		assertThat(result.get("active")).isEqualTo(json("false"));
	}

	@Test
	void pr06WhenPathlessReplaceWithDottedAndUrnKeysThenNested() {
		ObjectNode result = user(USER,
				"{'op':'replace','value':{'displayName':'Kat Brennan','name.givenName':'Kat','name.familyName':'Brennan','"
						+ ENTERPRISE + ":employeeNumber':'E-4471','active':false}}");

		assertThat(result).isEqualTo(json("{'userName':'jonas@example.test','name':{'givenName':'Kat','familyName':"
				+ "'Brennan'},'active':false,'displayName':'Kat Brennan','" + ENTERPRISE
				+ "':{'employeeNumber':'E-4471'}}"));
	}

	@Test
	void pr08WhenManagerSetAsBareStringThenValueObjectAndRemovable() {
		ObjectNode managed = user(USER, "{'op':'Add','path':'" + ENTERPRISE + ":manager','value':'" + B + "'}");
		ObjectNode removed = user(managed.toString(), "{'op':'Remove','path':'" + ENTERPRISE + ":manager'}");

		assertThat(managed.get(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'" + B + "'}}"));
		assertThat(removed).isEqualTo(json(USER));
	}

	@Test
	void pr10WhenAddWorkEmailValuePathOnUserWithoutEmailsThenCreated() {
		ObjectNode result = user(USER,
				"{'op':'add','path':'emails[type eq \\'work\\'].value','value':'leo@example.test'}");

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','value':'leo@example.test'}]"));
	}

	@Test
	void pr12WhenMemberRemovedByFilterThenReAddedThenRemoveAndAddChanges() {
		List<MembershipChange> changes = group("{'op':'remove','path':'members[value eq \\'" + A + "\\']'}",
				"{'op':'add','path':'members','value':[{'value':'" + A + "'}]}")
			.membershipChanges();

		assertThat(changes).containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(A))),
				new MembershipChange.Add(Set.of(UUID.fromString(A))));
	}

	@Test
	void pr14WhenMembersAddedPathlessAndWithPathThenBothAdd() {
		List<MembershipChange> changes = group("{'op':'add','value':{'members':[{'value':'" + A + "'}]}}",
				"{'op':'add','path':'members','value':[{'value':'" + B + "'}]}")
			.membershipChanges();

		assertThat(changes).containsExactly(new MembershipChange.Add(Set.of(UUID.fromString(A))),
				new MembershipChange.Add(Set.of(UUID.fromString(B))));
	}

	@Test
	void pr14WhenPathMisspeltThenInvalidPath() {
		assertScimType(() -> group("{'op':'add','path':'memebers','value':[{'value':'" + A + "'}]}"), "invalidPath");
	}

	@Test
	void pr30WhenPatchHasNoOperationsThenInvalidSyntax() {
		assertScimType(() -> this.dialect.patchOperations(ResourceType.USER,
				json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp']}")), "invalidSyntax");
	}

	@Test
	void pr34WhenTitleIsLongThenStoredInFull() {
		String title = "T".repeat(4000);

		ObjectNode result = user(USER, "{'op':'replace','path':'title','value':'" + title + "'}");

		assertThat(result.get("title").asString()).hasSize(4000);
	}

	@Test
	void tc44WhenFlagFormBooleanThenActiveFalse() {
		assertThat(user(USER, "{'op':'replace','path':'active','value':false}").get("active")).isEqualTo(json("false"));
	}

	@Test
	void tc46WhenPathlessReplaceThenNoLiteralDottedKey() {
		ObjectNode result = user(USER, "{'op':'replace','value':{'name.givenName':'Avery'}}");

		assertThat(result.has("name.givenName")).isFalse();
		assertThat(result.at("/name/givenName").asString()).isEqualTo("Avery");
	}

	@Test
	void tc48WhenWorkEmailReplacedThenHomeEmailIntact() {
		String document = "{'userName':'a','emails':[{'type':'work','value':'a@contoso.com'},"
				+ "{'type':'home','value':'a@home.example'}]}";

		ObjectNode result = user(document,
				"{'op':'Replace','path':'emails[type eq \\'work\\'].value','value':'avery@contoso.co.uk'}");

		assertThat(result.get("emails")).isEqualTo(
				json("[{'type':'work','value':'avery@contoso.co.uk'},{'type':'home','value':'a@home.example'}]"));
	}

	@Test
	void tc52WhenUserNameReplacedThenNewValue() {
		assertThat(
				user(USER, "{'op':'Replace','path':'userName','value':'new@example.test'}").get("userName").asString())
			.isEqualTo("new@example.test");
	}

	@Test
	void tc56WhenManagerReplacedWithValueObjectThenOnlyNewValue() {
		String document = "{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':'" + A
				+ "','displayName':'Old Boss'}}}";

		ObjectNode result = user(document,
				"{'op':'Replace','path':'" + ENTERPRISE + ":manager','value':{'value':'" + B + "'}}");

		assertThat(result.get(ENTERPRISE)).isEqualTo(json("{'manager':{'value':'" + B + "'}}"));
	}

	@Test
	void tc58WhenManagerReplacedWithEmptyValueThenAbsent() {
		String document = "{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':'" + A + "'}}}";

		ObjectNode result = user(document, "{'op':'Replace','path':'" + ENTERPRISE + ":manager','value':{'value':''}}");

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void e05fWhenManagerRemovedThroughMatchingFilterThenAbsent() {
		String document = "{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':'" + A + "'}}}";

		ObjectNode result = user(document, "{'op':'Remove','path':'manager[value eq \\'" + A + "\\']'}");
		ObjectNode other = user(document, "{'op':'Remove','path':'manager[value eq \\'" + B + "\\']'}");

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
		assertThat(other).isEqualTo(json(document));
	}

	@Test
	void tc65WhenExternalIdReplacedThenNewValue() {
		assertThat(user(USER, "{'op':'Replace','path':'externalId','value':'sam.lee'}").get("externalId").asString())
			.isEqualTo("sam.lee");
	}

	@Test
	void tc67WhenUnknownExtensionAttributeAddedThenStored() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		ObjectNode result = user(USER, "{'op':'Add','path':'" + contoso + ":costRegion','value':'EU'}");

		assertThat(result.get(contoso)).isEqualTo(json("{'costRegion':'EU'}"));
	}

	@Test
	void e05gWhenRemoveCarriesValueOrReplaceClearsThenAttributesCleared() {
		String document = "{'userName':'a','title':'Buyer','preferredLanguage':'en','nickName':'AJ',"
				+ "'emails':[{'type':'work','value':'old@contoso.com'}]}";

		ObjectNode result = user(document,
				"{'op':'Remove','path':'emails[type eq \\'work\\'].value','value':'old@contoso.com'}",
				"{'op':'remove','path':'preferredLanguage'}", "{'op':'replace','path':'title','value':''}",
				"{'op':'replace','path':'nickName','value':null}");

		assertThat(result).isEqualTo(json("{'userName':'a'}"));
	}

	@Test
	void e05hWhenRolesCarryJsonInStringsThenStoredAsSent() {
		ObjectNode result = user(USER,
				"{'op':'Add','path':'roles','value':[{'value':'{\\'id\\':\\'06b0\\'}','primary':'False'}]}");

		assertThat(result.get("roles")).isEqualTo(json("[{'value':'{\\'id\\':\\'06b0\\'}','primary':false}]"));
	}

	@Test
	void e05iWhenSeveralOperationsOnOneAttributeThenAppliedInOrder() {
		ObjectNode result = user(USER, "{'op':'remove','path':'externalId'}",
				"{'op':'add','path':'externalId','value':'one'}", "{'op':'replace','path':'externalId','value':'two'}");

		assertThat(result.get("externalId").asString()).isEqualTo("two");
	}

	@Test
	void e05bWhenValidatorSendsPrimaryTrueFilterThenBooleanPrimaryRole() {
		ObjectNode result = user(USER, "{'op':'Add','path':'roles[primary eq \\'True\\'].value','value':'Admin'}",
				"{'op':'Add','path':'roles[primary eq \\'True\\'].type','value':'App'}");

		assertThat(result.get("roles")).isEqualTo(json("[{'primary':true,'value':'Admin','type':'App'}]"));
	}

	@Test
	void tc78WhenEntraAddsTwoMembersWithNullRefThenOneAdd() {
		PatchResult result = group("{'op':'Add','path':'members','value':[{'$ref':null,'value':'" + A
				+ "'},{'$ref':null,'value':'" + B + "'}]}");

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Add(Set.of(UUID.fromString(A), UUID.fromString(B))));
	}

	@Test
	void e12WhenEntraRemovesMembersWithValueListThenOnlyListedRemoved() {
		PatchResult result = group("{'op':'Remove','path':'members','value':[{'$ref':null,'value':'" + A + "'}]}");

		assertThat(result.membershipChanges()).containsExactly(new MembershipChange.Remove(Set.of(UUID.fromString(A))));
	}

	@Test
	void e12WhenEntraRemovesMembersWithEmptyListThenNothingChanges() {
		PatchResult result = group("{'op':'Remove','path':'members','value':[]}");

		assertThat(result.membershipChanges()).isEmpty();
	}

	@Test
	void tc82WhenMembersReplacedThenReplaceChange() {
		PatchResult result = group("{'op':'replace','path':'members','value':[{'value':'" + B + "'}]}");

		assertThat(result.membershipChanges())
			.containsExactly(new MembershipChange.Replace(Set.of(UUID.fromString(B))));
	}

	@Test
	void tc84WhenOktaRenamesWithIdInValueThenDisplayNameOnly() {
		PatchResult result = group("{'op':'replace','value':{'id':'" + A + "','displayName':'New Name'}}",
				"{'op':'replace','value':{'externalId':'ext-2'}}");

		assertThat(result.attributes()).isEqualTo(json("{'displayName':'New Name','externalId':'ext-2'}"));
	}

	@Test
	void tc88WhenMembersRemovedWithoutValueThenRemoveAll() {
		assertThat(group("{'op':'remove','path':'members'}").membershipChanges())
			.containsExactly(new MembershipChange.RemoveAll());
	}

	@Test
	void oktaWhenPathlessDeactivateAndPasswordThenActiveFalseAndNoPassword() {
		ObjectNode result = user(USER, "{'op':'replace','value':{'active':false}}",
				"{'op':'replace','value':{'password':'tmp-1'}}");

		assertThat(result.get("active")).isEqualTo(json("false"));
		assertThat(result.has("password")).isFalse();
	}

	// Entra's validator sends a whole value path as a key of a path-less value
	@Test
	void validatorWhenPathlessKeyIsValuePathThenWorkEmailSetAndNoJunkAttribute() {
		ObjectNode result = user(USER, "{'op':'add','value':{'emails[type eq \\'work\\'].value':'w@x.example'}}");

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','value':'w@x.example'}]"));
		assertThat(result.propertyNames()).containsExactlyInAnyOrder("userName", "name", "active", "emails");
	}

	@Test
	void validatorWhenPathlessValuePathKeyMatchesExistingElementThenReplaced() {
		ObjectNode result = user(
				"{'userName':'a','emails':[{'type':'work','value':'old@x.example'},{'type':'home','value':'h@x.example'}]}",
				"{'op':'replace','value':{'emails[type eq \\'work\\'].value':'new@x.example'}}");

		assertThat(result.get("emails"))
			.isEqualTo(json("[{'type':'work','value':'new@x.example'},{'type':'home','value':'h@x.example'}]"));
	}

	@Test
	void addWithoutValueThenInvalidValueRatherThanCleared() {
		assertScimType(() -> user(USER, "{'op':'add','path':'name.givenName'}"), "invalidValue");
		assertScimType(() -> group("{'op':'add','path':'members','value':null}"), "invalidValue");
	}

	// Tester report 1: a custom extension's URN as the path names the whole extension
	@Test
	void customExtensionUrnPathWhenReplacedAddedOrRemovedThenWholeExtension() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";
		String foo = "urn:ietf:params:scim:schemas:extension:Foo:2.0:User";
		String document = "{'userName':'a','" + contoso + "':{'region':'North'}}";

		ObjectNode replaced = user(document, "{'op':'replace','path':'" + contoso + "','value':{'region':'South'}}");
		ObjectNode removed = user(document, "{'op':'Remove','path':'" + contoso + "'}");
		ObjectNode added = user(document, "{'op':'Add','path':'" + foo + "','value':{'tier':'Gold'}}");

		assertThat(replaced).isEqualTo(json("{'userName':'a','" + contoso + "':{'region':'South'}}"));
		assertThat(removed).isEqualTo(json("{'userName':'a'}"));
		assertThat(added)
			.isEqualTo(json("{'userName':'a','" + contoso + "':{'region':'North'},'" + foo + "':{'tier':'Gold'}}"));
	}

	@Test
	void customExtensionUrnPathlessKeyWhenReplacedThenMergedIntoExtension() {
		String contoso = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User";

		ObjectNode result = user("{'userName':'a','" + contoso + "':{'region':'North','site':'Leeds'}}",
				"{'op':'replace','value':{'" + contoso + "':{'region':'South'}}}");

		assertThat(result).isEqualTo(json("{'userName':'a','" + contoso + "':{'region':'South','site':'Leeds'}}"));
	}

	// Tester report 2, E05 b
	@Test
	void e05bWhenWorkEmailPrimaryAddedBeforeValueThenOneElementWithBoth() {
		ObjectNode result = user(USER, "{'op':'add','path':'emails[type eq \\'work\\'].primary','value':true}",
				"{'op':'add','path':'emails[type eq \\'work\\'].value','value':'u4@x.com'}");

		assertThat(result.get("emails")).isEqualTo(json("[{'type':'work','primary':true,'value':'u4@x.com'}]"));
	}

	@Test
	void e05bWhenPrimaryStringAddedAloneThroughValuePathThenElementCreated() {
		ObjectNode result = user(USER, "{'op':'Add','path':'addresses[type eq \\'new\\'].primary','value':'True'}");

		assertThat(result.get("addresses")).isEqualTo(json("[{'type':'new','primary':true}]"));
	}

	// Tester report 3, §1.11
	@Test
	void e12WhenEntraOrOktaRemovesNonUuidMemberThenNothingChanges() {
		PatchResult entra = group("{'op':'Remove','path':'members','value':[{'value':'nonmember'}]}");
		PatchResult okta = group("{'op':'remove','path':'members[value eq \\'nonmember\\']'}");

		assertThat(entra.membershipChanges()).isEmpty();
		assertThat(okta.membershipChanges()).isEmpty();
	}

	@Test
	void e12WhenNonUuidMemberAddedThenInvalidValue() {
		assertScimType(() -> group("{'op':'Add','path':'members','value':[{'value':'nonmember'}]}"), "invalidValue");
	}

	// Tester report 4
	@Test
	void tc67WhenListAddedTwiceToCustomAttributeThenAppended() {
		String list = "urn:ietf:params:scim:schemas:extension:Contoso:2.0:User:list";

		ObjectNode result = user(USER, "{'op':'add','path':'" + list + "','value':['a','b']}",
				"{'op':'add','path':'" + list + "','value':['c']}");

		assertThat(result.at("/urn:ietf:params:scim:schemas:extension:Contoso:2.0:User/list"))
			.isEqualTo(json("['a','b','c']"));
	}

	// Tester report 5, §8.1
	@Test
	void oktaWhenPathlessReplaceCarriesGroupsThenIgnoredButGroupsPathIsMutability() {
		ObjectNode result = user(USER, "{'op':'replace','value':{'groups':[],'displayName':'Jonas P'}}");

		assertThat(result.get("displayName").asString()).isEqualTo("Jonas P");
		assertThat(result.has("groups")).isFalse();
		assertScimType(() -> user(USER, "{'op':'replace','path':'groups','value':[]}"), "mutability");
	}

	private ObjectNode user(String document, String... operations) {
		return patch(ResourceType.USER, document, operations).attributes();
	}

	private PatchResult group(String... operations) {
		return patch(ResourceType.GROUP, "{'displayName':'Ops'}", operations);
	}

	private PatchResult patch(ResourceType type, String document, String... operations) {
		JsonNode request = json("{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':["
				+ String.join(",", operations) + "]}");
		return this.engine.apply(type, json(document), this.dialect.patchOperations(type, request));
	}

	@SuppressWarnings("unchecked")
	private static <T extends JsonNode> T json(String text) {
		return (T) JSON.readTree(text.replace('\'', '"'));
	}

	private static void assertScimType(Runnable call, String scimType) {
		assertThatExceptionOfType(ScimException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo(scimType));
	}

}
