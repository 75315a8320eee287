-- Returns of order lines (issue 11): asked for by the customer or taken at any store's counter, refunded to the
-- order's tenders, the goods restocked at the place they came back to or written off.
create table order_return (
    id           uuid primary key,
    tenant_id    uuid        not null,
    order_id     uuid        not null references sales_order (id),
    status       text        not null,
    place_id     uuid,
    restock      boolean     not null,
    amount       bigint      not null check (amount >= 0),
    reason       text,
    requested_by text        not null,
    decided_by   uuid,
    idempotency_key text,
    created_at   timestamptz not null,
    decided_at   timestamptz
);

create index order_return_order on order_return (tenant_id, order_id);
create unique index order_return_key on order_return (tenant_id, idempotency_key) where idempotency_key is not null;

create table order_return_line (
    return_id uuid   not null references order_return (id),
    line_no   int    not null,
    tenant_id uuid   not null,
    quantity  bigint not null check (quantity > 0),
    amount    bigint not null check (amount >= 0),
    primary key (return_id, line_no)
);
