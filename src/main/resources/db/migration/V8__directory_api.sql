-- The directory API for the platform's instances: the machine clients that call it, the keys
-- its access tokens are signed with, and the links between the identities people sign in to
-- an instance with and the users provisioned over SCIM. Every statement runs on PostgreSQL
-- and on H2.

-- OAuth 2.0 clients (client credentials grant) of one instance each. client_id is public;
-- the secret is stored only as its keyed hash, as SCIM secrets are.
create table machine_client (
    id              uuid primary key,
    client_id       varchar(64) not null,
    organisation_id uuid not null references organisation (id),
    instance_id     uuid not null references instance (id),
    label           varchar(200) not null,
    secret_prefix   varchar(32) not null,
    secret_hash     varchar(64) not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(200),
    last_used_at    timestamp(6) with time zone,
    revoked_at      timestamp(6) with time zone,
    constraint machine_client_client_id_uk unique (client_id),
    constraint machine_client_hash_uk unique (secret_hash)
);
create index machine_client_instance_ix on machine_client (organisation_id, instance_id, created_at);

-- The keys access tokens are signed with, shared by every node. The private key is
-- encrypted with a key derived from the credential hash key, so that a copy of the
-- database alone cannot sign tokens. The oldest key signs; every key verifies.
create table token_signing_key (
    key_id      varchar(64) primary key,
    algorithm   varchar(10) not null,
    public_key  varchar(4000) not null,
    private_key varchar(8000) not null,
    created_at  timestamp(6) with time zone not null
);

-- Who a person signing in to an instance is: the identity provider's subject, linked on first
-- use to one provisioned user. For Entra ID the issuer is the tenant id and the subject the
-- object id (oid); for Okta the issuer URL and the subject. A user has at most one link per
-- provider, and an identity belongs to at most one user.
create table identity_link (
    organisation_id uuid not null references organisation (id),
    provider        varchar(20) not null,
    issuer          varchar(512) not null,
    subject         varchar(512) not null,
    user_id         uuid not null,
    linked_at       timestamp(6) with time zone not null,
    constraint identity_link_pk primary key (provider, issuer, subject),
    constraint identity_link_user_uk unique (organisation_id, user_id, provider)
);
