-- Sign-in decisions: identity links per instance, and the Okta issuer of each organisation.
-- Every statement runs on PostgreSQL and on H2.

-- Identity links per instance. A link was shared by the whole service and written by
-- whichever instance asked first, so one instance's machine client (a compromised test
-- instance, say) could decide whom a person is in every other instance of the organisation.
-- Each instance now keeps its own links: the key is (instance_id, provider, issuer, subject),
-- a user has at most one link per provider in each instance, and a link is written only
-- when the sign-in is allowed there.
--
-- The existing links are dropped rather than copied: a link cannot be given to the right
-- instance after the fact, and the next allowed sign-in of each person to each instance
-- links the identity again by the same rules (object id or user name), so nobody is locked
-- out. Links of people whose user name changed since their first sign-in are not re-made
-- unless the rules match them again.
drop table identity_link;

create table identity_link (
    organisation_id uuid not null references organisation (id),
    instance_id     uuid not null references instance (id),
    provider        varchar(20) not null,
    issuer          varchar(512) not null,
    subject         varchar(512) not null,
    user_id         uuid not null,
    linked_at       timestamp(6) with time zone not null,
    constraint identity_link_pk primary key (instance_id, provider, issuer, subject),
    constraint identity_link_user_uk unique (instance_id, user_id, provider)
);
create index identity_link_user_ix on identity_link (organisation_id, user_id);

-- The issuer (iss) of the organisation's Okta authorization server, such as
-- https://contoso.okta.com/oauth2/default. An Okta sign-in is refused unless its issuer is
-- this one, so that one organisation's Okta cannot speak for another's people. Set only on
-- the okta row; until an operator sets it, Okta sign-ins are refused.
alter table sign_in_provider add column issuer varchar(512);
