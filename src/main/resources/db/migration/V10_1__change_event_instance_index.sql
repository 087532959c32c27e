-- One instance's role events in feed order, so that finding whether an endpoint has events
-- of its own instance after its cursor does not walk through the role events of the
-- organisation's other instances. Every statement runs on PostgreSQL and on H2.
create index change_event_instance_ix on change_event (organisation_id, instance_id, position);
