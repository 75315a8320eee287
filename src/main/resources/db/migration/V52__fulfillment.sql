-- Fulfilment (decision 0028): one task per shipment of a paid order at the place that ships or prepares it, every
-- step of a task with who made it, pickup codes of orders collected at a store, and the wrong codes each staff
-- member typed per minute (guessing is slowed down on every server instance alike).

create table fulfilment_task (
    id                uuid primary key,
    tenant_id         uuid        not null,
    order_id          uuid        not null,
    order_number      text        not null,
    kind              text        not null,
    place_id          uuid        not null,
    status            text        not null,
    lines             jsonb       not null,
    recipient_name    text,
    recipient_phone   text,
    recipient_address text,
    carrier           text,
    tracking_number   text,
    courier_name      text,
    courier_phone     text,
    version           int         not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    -- one task per shipment: an OrderPaid delivered twice creates nothing twice
    unique (tenant_id, order_id, place_id)
);

create index fulfilment_task_place on fulfilment_task (tenant_id, place_id, id);
create index fulfilment_task_status on fulfilment_task (tenant_id, status, id);

create table fulfilment_step (
    id          bigint generated always as identity primary key,
    task_id     uuid        not null references fulfilment_task (id),
    tenant_id   uuid        not null,
    from_status text,
    to_status   text        not null,
    actor_kind  text        not null,
    actor_id    uuid,
    actor_name  text,
    at          timestamptz not null
);

create index fulfilment_step_task on fulfilment_step (task_id, id);

create table pickup (
    order_id          uuid primary key,
    tenant_id         uuid        not null,
    order_number      text        not null,
    store_id          uuid        not null,
    customer_id       uuid,
    code              text        not null check (code ~ '^[0-9]{6}$'),
    status            text        not null,
    issued_at         timestamptz not null,
    collected_at      timestamptz,
    collected_by_kind text,
    collected_by_id   uuid,
    collected_by_name text,
    voided_at         timestamptz,
    version           int         not null
);

-- a code names one open pickup of the brand; once collected or voided it may be drawn again
create unique index pickup_open_code on pickup (tenant_id, code) where status = 'OPEN';
create index pickup_code on pickup (tenant_id, code, issued_at desc);
create index pickup_customer on pickup (tenant_id, customer_id) where customer_id is not null;

create table pickup_code_failure (
    tenant_id uuid        not null,
    staff_id  uuid        not null,
    minute    timestamptz not null,
    failures  int         not null check (failures > 0),
    primary key (tenant_id, staff_id, minute)
);

create index pickup_code_failure_minute on pickup_code_failure (minute);
