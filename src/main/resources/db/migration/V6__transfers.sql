-- Inventory: transfers of stock between two places of a brand (request, ship, receive, cancel).
-- The stock itself moves only through stock_movement (TRANSFER_OUT at the source, TRANSFER_IN at the destination);
-- these tables say what was asked for, what left, what arrived, and the difference.

create table stock_transfer (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    reference     text        not null,
    from_place_id uuid        not null,
    to_place_id   uuid        not null,
    status        text        not null check (status in ('REQUESTED', 'SHIPPED', 'RECEIVED', 'CANCELLED')),
    notes         text,
    actor_id      uuid,
    actor_name    text        not null,
    version       int         not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    shipped_at    timestamptz,
    received_at   timestamptz,
    cancelled_at  timestamptz,
    check (from_place_id <> to_place_id)
);
create index stock_transfer_tenant on stock_transfer (tenant_id, id);
create index stock_transfer_in_transit on stock_transfer (tenant_id) where status = 'SHIPPED';

-- discrepancy = received - shipped, set on receipt (negative: missing, positive: more arrived than was sent).
create table stock_transfer_line (
    transfer_id uuid   not null references stock_transfer (id),
    line_no     int    not null,
    tenant_id   uuid   not null references tenant (id),
    sku_id      uuid   not null,
    requested   bigint not null check (requested > 0),
    shipped     bigint check (shipped >= 0),
    received    bigint check (received >= 0),
    discrepancy bigint,
    primary key (transfer_id, line_no),
    unique (transfer_id, sku_id)
);
