package energy.foundation.identity.provisioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The identity provider's side of a provisioning job: its users and groups, and which of
 * them changed since the last cycle (Entra's delta watermark). Built deterministically
 * from a seed so that a failing run can be replayed.
 */
final class SourceDirectory {

	private static final String[] GIVEN_NAMES = { "Avery", "Sam", "Noor", "Jonas", "Zoë", "Łukasz", "Priya", "Mateo",
			"Aoife", "Kenji", "Fatima", "Oliver", "Ines", "Tomasz", "Amara", "Lars", "Chloé", "Ravi", "Hana", "Diego",
			"Maeve", "Yusuf", "Elin", "Marek", "Sofia" };

	private static final String[] SURNAMES = { "Ng", "Lee", "O'Brien", "Schmidt", "Nuñez", "Kowalski", "Patel",
			"García", "Murphy", "Tanaka", "Haddad", "Smith", "Rossi", "Nowak", "Okafor", "Berg", "Dubois", "Iyer",
			"Sato", "Silva", "Kelly", "Demir", "Holm", "Novák", "Costa" };

	private static final String[] DEPARTMENTS = { "Procurement", "Finance", "Operations", "Trading", "Engineering" };

	private static final String[] GROUP_NAMES = { "Finance Approvers", "Trading Desk", "Grid Operations", "Engineering",
			"Procurement EMEA", "Procurement Americas", "Site Leeds", "Site Rotterdam", "Contractors",
			"Guests – Fabrikam", "Analytics Readers", "Analytics Writers", "Incident Responders", "Payroll",
			"Board & Executives", "HR Partners", "Helpdesk L1", "Helpdesk L2", "Auditors (external)", "Empty Group" };

	final Map<String, SourceUser> users = new LinkedHashMap<>();

	final Map<String, SourceGroup> groups = new LinkedHashMap<>();

	private final Set<String> changedUsers = new LinkedHashSet<>();

	private final Set<String> changedGroups = new LinkedHashSet<>();

	private final Random random;

	private SourceDirectory(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * A Contoso-like tenant: {@code members} employees ({@code first.last@contoso.com},
	 * some without mailbox or without name), {@code guests} Fabrikam guests (many without
	 * name), about a third of the employees with a manager, and {@code groupCount} groups
	 * of varying size (the last one empty).
	 */
	static SourceDirectory contoso(int members, int guests, int groupCount, long seed) {
		SourceDirectory directory = new SourceDirectory(seed);
		List<String[]> names = directory.uniqueNames(members + guests);
		for (int i = 0; i < members; i++) {
			directory.add(directory.member(i, names.get(i)));
		}
		for (int i = 0; i < guests; i++) {
			directory.add(directory.guest(i, names.get(members + i)));
		}
		directory.assignManagers(members);
		directory.createGroups(groupCount);
		directory.changedUsers.clear();
		directory.changedGroups.clear();
		return directory;
	}

	/**
	 * An empty directory that test code fills by hand.
	 */
	static SourceDirectory empty(long seed) {
		return new SourceDirectory(seed);
	}

	Random random() {
		return this.random;
	}

	void add(SourceUser user) {
		this.users.put(user.objectId, user);
		this.changedUsers.add(user.objectId);
	}

	void add(SourceGroup group) {
		this.groups.put(group.objectId, group);
		this.changedGroups.add(group.objectId);
	}

	SourceUser user(String objectId) {
		SourceUser user = this.users.get(objectId);
		if (user == null) {
			throw new IllegalArgumentException("No source user " + objectId);
		}
		return user;
	}

	SourceGroup group(String objectId) {
		SourceGroup group = this.groups.get(objectId);
		if (group == null) {
			throw new IllegalArgumentException("No source group " + objectId);
		}
		return group;
	}

	/**
	 * Marks a user as changed, so that the next incremental cycle exports it.
	 */
	SourceUser touch(SourceUser user) {
		this.changedUsers.add(user.objectId);
		return user;
	}

	SourceGroup touch(SourceGroup group) {
		this.changedGroups.add(group.objectId);
		return group;
	}

	/**
	 * Deletes a user for good (Entra purges it from the recycle bin): it leaves every
	 * group and its reports lose their manager, as in the source directory.
	 */
	void purge(SourceUser user) {
		touch(user).deleted = true;
		for (SourceGroup group : this.groups.values()) {
			if (group.members.remove(user.objectId)) {
				touch(group);
			}
		}
		for (SourceUser report : this.users.values()) {
			if (user.objectId.equals(report.managerObjectId)) {
				touch(report).managerObjectId = null;
			}
		}
	}

	Collection<SourceUser> changedUsers() {
		return this.changedUsers.stream().map(this::user).toList();
	}

	Collection<SourceGroup> changedGroups() {
		return this.changedGroups.stream().map(this::group).toList();
	}

	void clearChanges() {
		this.changedUsers.clear();
		this.changedGroups.clear();
	}

	List<SourceUser> members() {
		return this.users.values().stream().filter((user) -> !user.guest).toList();
	}

	List<SourceUser> guests() {
		return this.users.values().stream().filter((user) -> user.guest).toList();
	}

	private List<String[]> uniqueNames(int count) {
		List<String[]> names = new ArrayList<>();
		for (String given : GIVEN_NAMES) {
			for (String surname : SURNAMES) {
				names.add(new String[] { given, surname });
			}
		}
		Collections.shuffle(names, this.random);
		int combinations = names.size();
		for (int i = combinations; i < count; i++) {
			String[] base = names.get(i % combinations);
			names.add(new String[] { base[0], base[1] + (i / combinations + 1) });
		}
		return names.subList(0, count);
	}

	private SourceUser member(int index, String[] name) {
		String alias = alias(name);
		boolean mailbox = index % 9 != 4;
		SourceUser user = new SourceUser(objectId(), false, alias + "@contoso.com", alias, name[0] + " " + name[1],
				mailbox ? alias + "@contoso.com" : null);
		if (index % 13 != 7) {
			user.givenName = name[0];
			user.surname = name[1];
		}
		user.jobTitle = (index % 3 == 0) ? "Analyst" : (index % 3 == 1) ? "Engineer" : null;
		user.department = DEPARTMENTS[index % DEPARTMENTS.length];
		user.employeeId = String.valueOf(10000 + index);
		user.mobile = (index % 7 == 0) ? "+44 7700 900" + String.format(Locale.ROOT, "%03d", index) : null;
		if (index % 11 == 0) {
			user.city = "Leeds";
			user.country = "GB";
		}
		return user;
	}

	private SourceUser guest(int index, String[] name) {
		String alias = alias(name);
		String mail = alias + "@fabrikam.com";
		SourceUser user = new SourceUser(objectId(), true, mail, alias + "_fabrikam.com#EXT#",
				name[0] + " " + name[1] + " (Fabrikam)", (index % 5 == 3) ? null : mail);
		if (index % 2 == 0) {
			user.givenName = name[0];
			user.surname = name[1];
		}
		return user;
	}

	/**
	 * A random (version 4) object id drawn from the seed, so that a run can be replayed.
	 */
	private String objectId() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	private static String alias(String[] name) {
		return (name[0] + "." + name[1]).toLowerCase(Locale.ROOT).replace(" ", "");
	}

	private void assignManagers(int members) {
		List<SourceUser> employees = members();
		int managers = Math.max(1, members / 17);
		int withManager = Math.min(members - managers, (members * 6) / 17);
		for (int i = 0; i < withManager; i++) {
			SourceUser report = employees.get(managers + i);
			report.managerObjectId = employees.get(i % managers).objectId;
		}
		// a short chain: managers report to the first manager
		for (int i = 1; i < managers; i++) {
			employees.get(i).managerObjectId = employees.get(0).objectId;
		}
	}

	private void createGroups(int count) {
		List<SourceUser> everyone = new ArrayList<>(this.users.values());
		for (int i = 0; i < count; i++) {
			String name = (i < GROUP_NAMES.length - 1) ? GROUP_NAMES[i] : "Project " + i;
			SourceGroup group = new SourceGroup(objectId(), name);
			if (i != count - 1) {
				int size = 1 + this.random.nextInt(Math.min(40, everyone.size()));
				for (int m = 0; m < size; m++) {
					group.members.add(everyone.get(this.random.nextInt(everyone.size())).objectId);
				}
			}
			add(group);
		}
		if (count > 0) {
			this.groups.values().stream().reduce((first, second) -> second).orElseThrow().displayName = "Empty Group";
		}
	}

}
