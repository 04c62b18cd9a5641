-- Set-based rules that span aggregates (one municipality per TERC code, one recruitment per
-- project round): a claim is written in the command's own transaction, so a rejected or
-- failed command leaves none.
create table unique_claim (
    scope    varchar(60)  not null,
    claim    varchar(200) not null,
    owner_id varchar(36)  not null,
    primary key (scope, claim)
);

-- The first outcome of each command sent with an Idempotency-Key, written with its events.
create table idempotency_key (
    idempotency_key       varchar(200) primary key,
    command_name          varchar(200) not null,
    aggregate_id          varchar(200),
    aggregate_version     bigint,
    last_event_identifier varchar(255),
    recorded_at           timestamp with time zone not null
);
