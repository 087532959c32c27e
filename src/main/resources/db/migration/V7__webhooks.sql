-- Webhook delivery of change events to the platform's instances. Every statement runs on
-- PostgreSQL and on H2.

-- An instance's webhook endpoint. delivered_position is the feed position of the last event
-- the receiver acknowledged (the endpoint's cursor). The signing secret is kept encrypted
-- (AES-GCM under the server's webhook secret key), because we must sign with it; during a
-- rotation the previous secret signs too, until previous_secret_until. attempts,
-- first_failure_at and next_attempt_at are the retry state of the event at the cursor;
-- lease_* say which node delivers to the endpoint now and until when (a node takes the lease
-- with a conditional update, so two nodes never hold it at once).
create table webhook_endpoint (
    id                    uuid primary key,
    organisation_id       uuid not null references organisation (id),
    instance_id           uuid not null references instance (id),
    url                   varchar(2000) not null,
    active                boolean not null,
    created_at            timestamp(6) with time zone not null,
    created_by            varchar(200),
    secret                varchar(200) not null,
    secret_hint           varchar(20) not null,
    previous_secret       varchar(200),
    previous_secret_hint  varchar(20),
    previous_secret_until timestamp(6) with time zone,
    delivered_position    bigint not null,
    attempts              integer not null,
    first_failure_at      timestamp(6) with time zone,
    next_attempt_at       timestamp(6) with time zone,
    last_attempt_at       timestamp(6) with time zone,
    last_success_at       timestamp(6) with time zone,
    last_error            varchar(200),
    lease_owner           varchar(100),
    lease_token           uuid,
    lease_until           timestamp(6) with time zone
);
create index webhook_endpoint_instance_ix on webhook_endpoint (organisation_id, instance_id, created_at);

-- Events an endpoint did not accept within the retry window: the cursor moved past them.
-- state is 'dead' (waiting for a tenant administrator), 'queued' (redelivery asked for; the
-- worker sends it) or 'redelivered' (the receiver accepted it).
create table webhook_dead_letter (
    id              uuid primary key,
    endpoint_id     uuid not null references webhook_endpoint (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    position        bigint not null,
    event_id        uuid not null,
    event_type      varchar(40) not null,
    dead_at         timestamp(6) with time zone not null,
    attempts        integer not null,
    last_error      varchar(200),
    state           varchar(20) not null,
    requested_at    timestamp(6) with time zone,
    requested_by    varchar(200),
    redelivered_at  timestamp(6) with time zone,
    constraint webhook_dead_letter_uk unique (endpoint_id, position)
);
create index webhook_dead_letter_state_ix on webhook_dead_letter (endpoint_id, state, position);
