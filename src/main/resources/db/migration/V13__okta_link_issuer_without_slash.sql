-- Okta identity links are keyed by the issuer without a trailing slash, the form in which
-- the sign-in check compares it with the organisation's issuer. Links made before kept
-- the issuer as the instance sent it; one sent with a slash would no longer be found, and
-- its person would be refused as linked to another identity. Such links lose the slash.
-- Every statement runs on PostgreSQL and on H2.

-- A link that already exists without the slash for the same person wins.
delete from identity_link
 where provider = 'okta'
   and issuer like '%/'
   and exists (select 1
                 from identity_link twin
                where twin.instance_id = identity_link.instance_id
                  and twin.provider = 'okta'
                  and twin.subject = identity_link.subject
                  and twin.issuer = substring(identity_link.issuer, 1, length(identity_link.issuer) - 1));

update identity_link
   set issuer = substring(issuer, 1, length(issuer) - 1)
 where provider = 'okta'
   and issuer like '%/';
