package energy.foundation.identity.signin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.directory.DirectoryChange;
import energy.foundation.identity.directory.DirectoryListener;
import energy.foundation.identity.directory.ResourceType;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

/**
 * Stores identity links in the {@code identity_link} table, per instance. In an instance
 * an identity is linked to at most one user, and a user to at most one identity of each
 * provider; the database enforces both, so two sign-ins at once cannot link twice. Every
 * query names the organisation, and each that reads or writes one link its instance too.
 * A user's links are deleted with the user, in the deletion's transaction, so that the
 * identity can be linked again when the person is provisioned anew.
 */
@Repository
class IdentityLinks implements DirectoryListener {

	private static final Table<Record> IDENTITY_LINK = DSL.table(DSL.name("identity_link"));

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	private static final Field<UUID> INSTANCE_ID = DSL.field(DSL.name("instance_id"), SQLDataType.UUID);

	private static final Field<String> PROVIDER = DSL.field(DSL.name("provider"), SQLDataType.VARCHAR);

	private static final Field<String> ISSUER = DSL.field(DSL.name("issuer"), SQLDataType.VARCHAR);

	private static final Field<String> SUBJECT = DSL.field(DSL.name("subject"), SQLDataType.VARCHAR);

	private static final Field<UUID> USER_ID = DSL.field(DSL.name("user_id"), SQLDataType.UUID);

	private static final Field<Instant> LINKED_AT = DSL.field(DSL.name("linked_at"), SQLDataType.INSTANT);

	private final DSLContext dsl;

	IdentityLinks(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The link of an identity in an instance.
	 */
	Optional<IdentityLink> find(UUID organisationId, UUID instanceId, String provider, String issuer, String subject) {
		return this.dsl.select(ORGANISATION_ID, INSTANCE_ID, PROVIDER, ISSUER, SUBJECT, USER_ID, LINKED_AT)
			.from(IDENTITY_LINK)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(INSTANCE_ID.eq(instanceId))
			.and(PROVIDER.eq(provider))
			.and(ISSUER.eq(issuer))
			.and(SUBJECT.eq(subject))
			.fetchOptional(IdentityLinks::toLink);
	}

	/**
	 * The user's link of this provider in an instance, if any.
	 */
	Optional<IdentityLink> findByUser(UUID organisationId, UUID instanceId, UUID userId, String provider) {
		return this.dsl.select(ORGANISATION_ID, INSTANCE_ID, PROVIDER, ISSUER, SUBJECT, USER_ID, LINKED_AT)
			.from(IDENTITY_LINK)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(INSTANCE_ID.eq(instanceId))
			.and(USER_ID.eq(userId))
			.and(PROVIDER.eq(provider))
			.fetchOptional(IdentityLinks::toLink);
	}

	/**
	 * The user's links in every instance of the organisation.
	 */
	List<IdentityLink> ofUser(UUID organisationId, UUID userId) {
		return this.dsl.select(ORGANISATION_ID, INSTANCE_ID, PROVIDER, ISSUER, SUBJECT, USER_ID, LINKED_AT)
			.from(IDENTITY_LINK)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(USER_ID.eq(userId))
			.fetch(IdentityLinks::toLink);
	}

	/**
	 * Stores a link.
	 * @throws org.springframework.dao.DuplicateKeyException when the identity or the
	 * user's provider is linked already in the instance
	 */
	void insert(IdentityLink link) {
		this.dsl.insertInto(IDENTITY_LINK)
			.set(ORGANISATION_ID, link.organisationId())
			.set(INSTANCE_ID, link.instanceId())
			.set(PROVIDER, link.provider())
			.set(ISSUER, link.issuer())
			.set(SUBJECT, link.subject())
			.set(USER_ID, link.userId())
			.set(LINKED_AT, link.linkedAt())
			.execute();
	}

	/**
	 * Deletes a link whose user no longer exists, or that an administrator removed.
	 * @return whether the link was still there
	 */
	boolean delete(IdentityLink link) {
		return this.dsl.deleteFrom(IDENTITY_LINK)
			.where(ORGANISATION_ID.eq(link.organisationId()))
			.and(INSTANCE_ID.eq(link.instanceId()))
			.and(PROVIDER.eq(link.provider()))
			.and(ISSUER.eq(link.issuer()))
			.and(SUBJECT.eq(link.subject()))
			.and(USER_ID.eq(link.userId()))
			.execute() > 0;
	}

	@Override
	public void changed(DSLContext transaction, DirectoryChange change) {
		if (change instanceof DirectoryChange.Deleted deleted && deleted.resource().type() == ResourceType.USER) {
			transaction.deleteFrom(IDENTITY_LINK)
				.where(ORGANISATION_ID.eq(deleted.organisationId()))
				.and(USER_ID.eq(deleted.resource().id()))
				.execute();
		}
	}

	private static IdentityLink toLink(Record row) {
		return new IdentityLink(row.get(ORGANISATION_ID), row.get(INSTANCE_ID), row.get(PROVIDER), row.get(ISSUER),
				row.get(SUBJECT), row.get(USER_ID), row.get(LINKED_AT));
	}

}
