-- Inventory: replenishment orders (訂貨) a store sends to HQ. HQ approves (possibly editing the quantities) or
-- rejects; an approved order becomes a stock_transfer from the supplying warehouse to the store, and from then on
-- the stock moves only through that transfer and stock_movement.

create table replenishment_order (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    reference     text        not null,
    store_id      uuid        not null,
    warehouse_id  uuid,
    status        text        not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    note          text,
    reject_reason text,
    transfer_id   uuid references stock_transfer (id),
    actor_id      uuid,
    actor_name    text        not null,
    decided_by    text,
    version       int         not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    decided_at    timestamptz,
    check (status <> 'APPROVED' or (transfer_id is not null and warehouse_id is not null)),
    check (status <> 'REJECTED' or reject_reason is not null)
);
create index replenishment_order_tenant on replenishment_order (tenant_id, id);
create index replenishment_order_store on replenishment_order (tenant_id, store_id);

-- approved stays null until HQ decides; 0 means HQ dropped the line.
create table replenishment_order_line (
    order_id  uuid   not null references replenishment_order (id),
    line_no   int    not null,
    tenant_id uuid   not null references tenant (id),
    sku_id    uuid   not null,
    requested bigint not null check (requested > 0),
    approved  bigint check (approved >= 0),
    primary key (order_id, line_no),
    unique (order_id, sku_id)
);
