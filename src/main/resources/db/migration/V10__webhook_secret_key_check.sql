-- Proof of the key that encrypts webhook signing secrets: an HMAC of a fixed text under that
-- key, written by the first node that starts with it. A node whose key gives another value
-- cannot open the secrets the others stored, so it refuses to start instead of failing every
-- delivery. The key itself is never stored here. Every statement runs on PostgreSQL and on H2.
create table webhook_secret_key_check (
    id         integer primary key,
    key_check  varchar(100) not null,
    created_at timestamp(6) with time zone not null
);
