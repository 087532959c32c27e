-- Who assigned a role and who did an audited action are stored by the name people know them
-- by; an Entra ID display name is up to 256 characters. The service cuts longer names to 256
-- when it writes them. Every statement runs on PostgreSQL and on H2.
alter table role_assignment alter column created_by set data type varchar(256);
alter table audit_log alter column actor_name set data type varchar(256);
