-- The Kafka relay's position in the event log (issue 10, decision 0023): the (tx, seq) of the last event Kafka
-- acknowledged, per relay. Saved only after the acknowledgement, so a relay that dies re-sends, never skips.
-- Which server instance relays is decided by a session advisory lock, not by this table.
create table kafka_relay_offset (
    name       text        not null primary key,
    tx         bigint      not null,
    seq        bigint      not null,
    updated_at timestamptz not null default now()
);
