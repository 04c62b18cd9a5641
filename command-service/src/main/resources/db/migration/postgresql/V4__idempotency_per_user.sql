-- Idempotency keys belong to the user who sent them and are bound to a fingerprint of the command
-- (its type and canonical body): the same key from another user is another key, and the same key
-- with another body is refused. The receipt (with its global position) is kept with the key, read
-- in the command's own transaction, so a retry answers exactly what the first attempt stored.
-- Keys recorded before this change belonged to nobody in particular: they are dropped.
delete from idempotency_key;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add column actor varchar(255) not null;
alter table idempotency_key add column fingerprint varchar(64) not null;
alter table idempotency_key add column global_position bigint;
alter table idempotency_key add primary key (actor, idempotency_key);
create index idempotency_key_recorded_at on idempotency_key (recorded_at);
