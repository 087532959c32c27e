-- Roles of instances, their assignments to users and groups, and the effective roles that
-- follow from them. Every statement runs on PostgreSQL and on H2.

-- The roles of an instance. active_name_key is the lower-case name while the role is active
-- and null once it is retired, so that the unique constraint (which lets nulls repeat on
-- both databases) covers active roles only.
create table role (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    instance_id     uuid not null references instance (id),
    name            varchar(100) not null,
    description     varchar(500) not null,
    active_name_key varchar(400),
    status          varchar(20) not null,
    created_at      timestamp(6) with time zone not null,
    retired_at      timestamp(6) with time zone,
    constraint role_active_name_uk unique (instance_id, active_name_key)
);
create index role_org_instance_ix on role (organisation_id, instance_id, created_at);

-- A role given to a user or to a group (and so to every user below it). Assignments follow
-- the subject's id, never its name; a deleted subject's assignments are deleted with it.
create table role_assignment (
    organisation_id uuid not null references organisation (id),
    instance_id     uuid not null references instance (id),
    role_id         uuid not null references role (id),
    subject_type    varchar(5) not null,
    subject_id      uuid not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(200),
    constraint role_assignment_pk primary key (role_id, subject_type, subject_id)
);
create index role_assignment_subject_ix on role_assignment (organisation_id, subject_id);
create index role_assignment_instance_ix on role_assignment (organisation_id, instance_id, role_id);

-- The current effective roles of every active user, kept in step with users, groups,
-- memberships, roles and assignments in the transaction of each change; the difference a
-- change makes to it is what the role.granted and role.revoked events tell.
create table effective_role (
    organisation_id uuid not null,
    user_id         uuid not null,
    instance_id     uuid not null,
    role_id         uuid not null,
    constraint effective_role_pk primary key (organisation_id, user_id, instance_id, role_id)
);
create index effective_role_instance_ix on effective_role (organisation_id, instance_id, user_id);
create index effective_role_role_ix on effective_role (role_id, user_id);

-- One row per organisation, locked by every transaction that changes its effective roles,
-- so that they are computed one after the other; a change of users or groups of an
-- organisation without assignments holds it shared only (on PostgreSQL).
create table access_lock (
    organisation_id uuid primary key references organisation (id)
);
insert into access_lock (organisation_id) select id from organisation;

-- The default roles of the instances that exist already. Neither database offers the other's
-- random UUID function, so their ids are derived from the instance's id: a fixed first
-- group (00000001 to 00000003) followed by the rest of the instance's id.
insert into role (id, organisation_id, instance_id, name, description, active_name_key, status, created_at,
        retired_at)
    select cast('00000001' || substring(cast(id as varchar(36)) from 9) as uuid), organisation_id, id,
            'Reader', 'Can see the instance''s content but change nothing.', 'reader', 'active', created_at,
            null
        from instance where status = 'active';
insert into role (id, organisation_id, instance_id, name, description, active_name_key, status, created_at,
        retired_at)
    select cast('00000002' || substring(cast(id as varchar(36)) from 9) as uuid), organisation_id, id,
            'Contributor', 'Can see and change the instance''s content.', 'contributor', 'active', created_at,
            null
        from instance where status = 'active';
insert into role (id, organisation_id, instance_id, name, description, active_name_key, status, created_at,
        retired_at)
    select cast('00000003' || substring(cast(id as varchar(36)) from 9) as uuid), organisation_id, id,
            'Administrator', 'Can change the instance''s content and its settings.', 'administrator', 'active',
            created_at, null
        from instance where status = 'active';
