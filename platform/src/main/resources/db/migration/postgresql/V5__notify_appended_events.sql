-- Every statement that appends events tells whoever listens on channel events_appended (the query service's
-- reader, docs/adr/0014) that there are new events to read in this schema's event table. PostgreSQL delivers
-- the notification when the transaction commits, and not at all when it rolls back; the payload is the schema's
-- name only, so the notifications of one transaction fold into one. Every writer notifies, whichever program or
-- statement appends.
create function notify_events_appended() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('events_appended', tg_table_schema);
    return null;
end
$$;

create trigger domain_event_entry_appended
    after insert on domain_event_entry
    for each statement
execute function notify_events_appended();
