-- Rotation of the keys directory API access tokens are signed with: the newest key that is not
-- retired signs; a rotation adds a key and retires the others. A retired key still verifies,
-- and is still published, until its last tokens have expired (retired_at plus the access token
-- lifetime plus one minute); then it is left out and later deleted. Every statement runs on
-- PostgreSQL and on H2.
alter table token_signing_key add column retired_at timestamp(6) with time zone;
