-- Change events older than foundation.events.retention are pruned, unless a webhook endpoint
-- has not delivered them yet or a dead letter refers to them. pruned_through is the highest
-- feed position deleted so far (0 while none was), raised in the transaction of each delete:
-- a feed reader whose cursor is below it may have missed events and is told so. Every
-- statement runs on PostgreSQL and on H2.
alter table event_sequencer add column pruned_through bigint not null default 0;

-- pruning looks up, for each event it would delete, whether a dead letter refers to it
create index webhook_dead_letter_position_ix on webhook_dead_letter (position);
