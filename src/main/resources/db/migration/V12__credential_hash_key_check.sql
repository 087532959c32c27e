-- Proof of the key that SCIM secrets and operator tokens are hashed under: an HMAC of a fixed
-- text under that key, written by the first node that starts with it. A node whose key gives
-- another value would answer 401 to every credential the others issued, so it refuses to start
-- instead. The key itself is never stored here. Every statement runs on PostgreSQL and on H2.
create table credential_hash_key_check (
    id         integer primary key,
    key_check  varchar(100) not null,
    created_at timestamp(6) with time zone not null
);
