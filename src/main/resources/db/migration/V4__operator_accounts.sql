-- Accounts of the vendor's support operators for the operator console. A password is kept only
-- as a Spring Security DelegatingPasswordEncoder hash ({argon2@SpringSecurity_v5_8}...).
-- User names are unique ignoring case: username_key holds the lower-case form.
create table operator_account (
    id                uuid primary key,
    username          varchar(100) not null,
    username_key      varchar(100) not null,
    display_name      varchar(200) not null,
    password_hash     varchar(500) not null,
    enabled           boolean not null,
    created_at        timestamp(6) with time zone not null,
    last_signed_in_at timestamp(6) with time zone,
    constraint operator_account_username_uk unique (username_key)
);

-- One row, written with the first operator account in the same transaction, so that two
-- set-ups running at once cannot both create a first account.
create table operator_setup (
    id           integer primary key,
    completed_at timestamp(6) with time zone not null
);
