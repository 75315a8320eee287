-- Signed webhooks (issue 10, decision 0018): the endpoints a brand registers, one delivery per event and endpoint
-- made by the dispatcher from the event log, and each attempt of a delivery.

create table webhook_endpoint (
    id                    uuid        not null primary key,
    tenant_id             uuid        not null references tenant (id),
    url                   text        not null,
    event_types           text[]      not null default '{}',  -- empty: every type
    description           text        not null default '',
    enabled               boolean     not null,
    secret                text        not null,               -- whsec_..., sealed (SecretBox) for this endpoint
    previous_secret       text,                               -- sealed; still signs until previous_secret_until
    previous_secret_until timestamptz,
    failing_since         timestamptz,                        -- a delivery gave up; the next success clears it
    version               int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index webhook_endpoint_by_tenant on webhook_endpoint (tenant_id, id);

-- how far the dispatcher has read the event log; one row, locked by the one instance dispatching at a time
create table webhook_dispatch (
    id  int    not null primary key check (id = 1),
    tx  bigint not null,
    seq bigint not null
);
insert into webhook_dispatch (id, tx, seq) values (1, 0, 0);

create table webhook_delivery (
    id               uuid        not null primary key,        -- UUIDv7: when it was made (the log's time)
    tenant_id        uuid        not null references tenant (id),
    endpoint_id      uuid        not null references webhook_endpoint (id) on delete cascade,
    event_id         uuid        not null,                    -- webhook-id, the same on every attempt
    event_type       text        not null,
    body             text        not null,                    -- the bytes signed and sent
    test             boolean     not null default false,      -- a test send, not an event of the log
    redelivery_of    uuid,                                    -- a manual redelivery: the delivery it repeats
    status           text        not null,                    -- PENDING, DELIVERED, FAILED
    attempts         int         not null default 0,
    next_attempt_at  timestamptz,                             -- due time; while leased, when the lease ends
    lease_token      uuid,                                    -- the claim of the attempt in flight
    last_attempt_at  timestamptz,
    last_status_code int,
    last_latency_ms  int,
    last_response    text,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null default now()
);
create unique index webhook_delivery_once on webhook_delivery (endpoint_id, event_id) where redelivery_of is null;
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_tenant on webhook_delivery (tenant_id, id);
create index webhook_delivery_by_endpoint on webhook_delivery (tenant_id, endpoint_id, id);

create table webhook_attempt (
    delivery_id      uuid        not null references webhook_delivery (id) on delete cascade,
    number           int         not null,
    tenant_id        uuid        not null,
    started_at       timestamptz not null,
    status_code      int,
    latency_ms       int,
    response_excerpt text,
    error            text,
    primary key (delivery_id, number)
);
