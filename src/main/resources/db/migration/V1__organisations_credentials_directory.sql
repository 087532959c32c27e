-- Organisations (customer tenants) and the credentials that act on their behalf.
create table organisation (
    id              uuid primary key,
    name            varchar(200) not null,
    entra_tenant_id uuid not null,
    status          varchar(20) not null,
    created_at      timestamp(6) with time zone not null,
    constraint organisation_entra_tenant_uk unique (entra_tenant_id)
);

create table scim_credential (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    label           varchar(200) not null,
    secret_prefix   varchar(32) not null,
    secret_hash     varchar(64) not null,
    created_at      timestamp(6) with time zone not null,
    last_used_at    timestamp(6) with time zone,
    expires_at      timestamp(6) with time zone,
    revoked_at      timestamp(6) with time zone,
    constraint scim_credential_hash_uk unique (secret_hash)
);
create index scim_credential_org_ix on scim_credential (organisation_id);

create table operator_token (
    id           uuid primary key,
    label        varchar(200) not null,
    token_prefix varchar(32) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint operator_token_hash_uk unique (token_hash)
);

-- SCIM resources. The document holds the attributes exactly as the client sent them (after
-- dialect normalisation); the columns beside it serve uniqueness and the hot lookups.
create table scim_user (
    organisation_id  uuid not null references organisation (id),
    id               uuid not null,
    user_name        varchar(512) not null,
    user_name_key    varchar(512) not null,
    external_id      varchar(512),
    display_name     varchar(1024),
    active           boolean not null,
    document         varchar(1000000) not null,
    version          bigint not null,
    created_at       timestamp(6) with time zone not null,
    last_modified_at timestamp(6) with time zone not null,
    constraint scim_user_pk primary key (organisation_id, id),
    constraint scim_user_name_uk unique (organisation_id, user_name_key)
);
create index scim_user_external_id_ix on scim_user (organisation_id, external_id);
create index scim_user_created_ix on scim_user (organisation_id, created_at, id);

create table scim_group (
    organisation_id  uuid not null references organisation (id),
    id               uuid not null,
    display_name     varchar(512) not null,
    display_name_key varchar(512) not null,
    external_id      varchar(512),
    document         varchar(1000000) not null,
    version          bigint not null,
    created_at       timestamp(6) with time zone not null,
    last_modified_at timestamp(6) with time zone not null,
    constraint scim_group_pk primary key (organisation_id, id),
    constraint scim_group_name_uk unique (organisation_id, display_name_key)
);
create index scim_group_external_id_ix on scim_group (organisation_id, external_id);
create index scim_group_created_ix on scim_group (organisation_id, created_at, id);

-- Direct members of a group: users or groups of the same organisation.
create table group_member (
    organisation_id uuid not null,
    group_id        uuid not null,
    member_id       uuid not null,
    member_type     varchar(5) not null,
    constraint group_member_pk primary key (organisation_id, group_id, member_id),
    constraint group_member_group_fk foreign key (organisation_id, group_id)
        references scim_group (organisation_id, id) on delete cascade
);
create index group_member_member_ix on group_member (organisation_id, member_id);

-- Every attribute value of every resource, one row per leaf, so that any SCIM filter can be
-- evaluated by the database. path is the lower-case attribute path ([urn:]attr[.sub]); element
-- numbers the items of a multi-valued attribute (0 for single values) and ties the
-- sub-attributes of one item together. A complex attribute has a marker row without a value.
create table resource_attribute (
    organisation_id uuid not null,
    resource_id     uuid not null,
    resource_type   varchar(5) not null,
    path            varchar(512) not null,
    element         integer not null,
    value_string    varchar(1000000),
    value_lower     varchar(1000000),
    value_prefix    varchar(200),
    value_number    numeric(38, 10),
    value_boolean   boolean,
    value_time      timestamp(6) with time zone
);
create index resource_attribute_resource_ix on resource_attribute (organisation_id, resource_id);
create index resource_attribute_lookup_ix on resource_attribute (organisation_id, resource_type, path, value_prefix);
