-- Organisation lifecycle for the consoles: sign-in providers, instances, who issued a SCIM
-- credential, and guest users. Organisations become 'suspended' through the status column
-- V1 already has. Every statement runs on PostgreSQL and on H2.

-- Which sign-in providers an organisation's people may use. An organisation without a row
-- for a provider has that provider's default (Entra on, Okta off).
create table sign_in_provider (
    organisation_id uuid not null references organisation (id),
    provider        varchar(20) not null,
    enabled         boolean not null,
    constraint sign_in_provider_pk primary key (organisation_id, provider)
);
insert into sign_in_provider (organisation_id, provider, enabled)
    select id, 'entra', true from organisation;
insert into sign_in_provider (organisation_id, provider, enabled)
    select id, 'okta', false from organisation;

-- The deployments of the product an organisation runs. active_name_key is the lower-case
-- name while the instance is active and null once it is retired, so that the unique
-- constraint (which lets nulls repeat on both databases) covers active instances only.
create table instance (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            varchar(100) not null,
    active_name_key varchar(400),
    status          varchar(20) not null,
    created_at      timestamp(6) with time zone not null,
    retired_at      timestamp(6) with time zone,
    constraint instance_active_name_uk unique (organisation_id, active_name_key)
);
create index instance_org_ix on instance (organisation_id, created_at);

-- Who issued a SCIM credential (an operator token, a tenant administrator); unknown for
-- credentials issued before this column existed.
alter table scim_credential add column created_by varchar(200);

-- Entra ID B2B guests: #EXT# in externalId (the mailNickname) or userName (the original
-- UPN), or a userType of Guest where the customer maps one. The directory keeps the flag
-- current on every write; this fills it in for users stored before.
alter table scim_user add column guest boolean default false not null;
update scim_user set guest = true
    where upper(external_id) like '%#EXT#%'
       or upper(user_name) like '%#EXT#%'
       or exists (select 1 from resource_attribute a
                  where a.organisation_id = scim_user.organisation_id
                    and a.resource_id = scim_user.id
                    and a.resource_type = 'User'
                    and a.path = 'usertype'
                    and a.value_lower = 'guest');
