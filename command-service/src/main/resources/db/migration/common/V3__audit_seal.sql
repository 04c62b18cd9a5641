-- The global chain over the event log, in global index order: each row seals one event (its hash
-- from the event's metadata) or one permanent gap (event_hash null), chained to the row before it:
-- chain_hash = SHA-256(previous chain_hash || global_index || coalesce(event_hash, 'gap')).
-- aggregate_identifier and sequence_number name a sealed event when its row is gone.
create table audit_seal (
    global_index         bigint primary key,
    event_hash           varchar(64),
    chain_hash           varchar(64)  not null,
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    sealed_at            timestamp with time zone not null
);

-- One row, locked by the sealer for its transaction, so that two instances never seal at once.
create table audit_sealer_lock (
    id integer primary key
);
insert into audit_sealer_lock (id) values (1);
