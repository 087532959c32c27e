-- The provisioning log: one row per SCIM request of an existing organisation, accepted or
-- rejected. It names attributes, never their values, unless the organisation switched value
-- capture on (captured_values then holds the request body without passwords, cut at 8 KB).
create table provisioning_log (
    id                 uuid primary key,
    organisation_id    uuid not null references organisation (id),
    received_at        timestamp(6) with time zone not null,
    operation          varchar(40) not null,
    summary            varchar(200) not null,
    resource_type      varchar(10),
    resource_id        uuid,
    outcome            varchar(10) not null,
    http_status        integer not null,
    scim_type          varchar(40),
    latency_ms         integer not null,
    credential_id      uuid,
    credential_prefix  varchar(32),
    changed_attributes varchar(4000),
    members_added      integer not null,
    members_removed    integer not null,
    test_connection    boolean not null,
    request_id         varchar(64) not null,
    captured_values    varchar(8192)
);
create index provisioning_log_org_received_ix on provisioning_log (organisation_id, received_at desc, id);
create index provisioning_log_org_resource_ix on provisioning_log (organisation_id, resource_id, received_at);
-- pruning deletes by age across organisations
create index provisioning_log_received_ix on provisioning_log (received_at);

create table provisioning_log_setting (
    organisation_id uuid primary key references organisation (id),
    capture_values  boolean default false not null
);

-- The audit log: what operators, operator tokens, tenant administrators and the service
-- itself did.
create table audit_log (
    id              uuid primary key,
    occurred_at     timestamp(6) with time zone not null,
    actor_kind      varchar(20) not null,
    actor_id        varchar(200) not null,
    actor_name      varchar(200) not null,
    organisation_id uuid,
    action          varchar(100) not null,
    target          varchar(500),
    detail          varchar(2000),
    remote_address  varchar(100)
);
create index audit_log_occurred_ix on audit_log (occurred_at desc, id);
create index audit_log_org_occurred_ix on audit_log (organisation_id, occurred_at desc);
