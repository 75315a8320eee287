-- Every business fact as an event (issue 10, decision 0017).
--
-- 1. Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): one row per
--    event and in-process @ApplicationModuleListener, written in the business transaction and completed (deleted,
--    spring.modulith.events.completion-mode=delete) when the listener has run; what is left is republished after
--    a restart.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- 2. The event log: every BusinessEvent, written in the transaction that made it true, kept for the feed, the
--    webhooks and the Kafka relay. Readers take events in (tx, seq) order and only below the oldest transaction
--    still running (pg_snapshot_xmin), so a reader that has passed a position never misses an event that commits
--    later with a smaller one (the same horizon as the stock checkpoints, decision 0014).
create table event_log (
    id           uuid        not null,                -- the event's id (UUIDv7): webhook-id, Kafka header
    seq          bigint      not null generated always as identity,
    tx           bigint      not null default (pg_current_xact_id()::text::bigint),
    brand_id     uuid        not null,
    type         text        not null,                -- stable name, e.g. inventory.stock.received
    version      int         not null,
    aggregate_id uuid        not null,
    place_ids    uuid[]      not null default '{}',
    occurred_at  timestamptz not null,
    payload      jsonb       not null,
    primary key (id)
) partition by range (id);
create index event_log_feed on event_log (brand_id, tx, seq);
create index event_log_tx on event_log (tx, seq);

-- one partition per calendar year of the id, like the ledger (decision 0015); everything older in one history
do $$
declare
    this_year int := extract(year from now() at time zone 'UTC');
begin
    execute format('create table event_log_history partition of event_log for values from (minvalue) to (%L)',
                   uuid7_floor(make_date(this_year, 1, 1)::timestamp at time zone 'UTC'));
    perform create_year_partition('event_log'::regclass, this_year);
    perform create_year_partition('event_log'::regclass, this_year + 1);
end $$;
