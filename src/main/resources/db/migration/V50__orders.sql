-- Orders of every channel (issue 11). Money in fen. An order's paid and refunded amounts are copies of what the
-- payment ledger says (kept in step by the order module's listener), never the source of truth.

create table order_settings (
    tenant_id          uuid primary key,
    unpaid_minutes     int    not null,
    express_fee        bigint not null,
    same_city_fee      bigint not null,
    free_shipping_over bigint not null,
    version            int    not null,
    updated_at         timestamptz not null
);

create sequence sales_order_number;

create table sales_order (
    id              uuid primary key,
    tenant_id       uuid        not null,
    number          text        not null,
    channel         text        not null,
    fulfilment      text        not null,
    status          text        not null,
    customer_id     uuid,
    store_id        uuid,
    guide_id        uuid,
    staff_id        uuid,
    goods_amount    bigint      not null,
    discount_amount bigint      not null,
    shipping_fee    bigint      not null,
    total           bigint      not null check (total >= 0),
    paid            bigint      not null default 0,
    refunded        bigint      not null default 0,
    address         jsonb,
    plan            jsonb       not null,
    note            text,
    idempotency_key text,
    expires_at      timestamptz,
    version         int         not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (tenant_id, number)
);

create unique index sales_order_key on sales_order (tenant_id, idempotency_key) where idempotency_key is not null;
create index sales_order_unpaid on sales_order (expires_at) where status = 'CREATED';
create index sales_order_recent on sales_order (tenant_id, id desc);
create index sales_order_customer on sales_order (tenant_id, customer_id, id desc) where customer_id is not null;
create index sales_order_store on sales_order (tenant_id, store_id, id desc) where store_id is not null;

create table order_line (
    order_id   uuid   not null references sales_order (id),
    line_no    int    not null,
    tenant_id  uuid   not null,
    sku_id     uuid   not null,
    sku_code   text   not null,
    name       text   not null,
    specs      jsonb  not null,
    quantity   bigint not null check (quantity > 0),
    unit_price bigint not null check (unit_price >= 0),
    price_rule text   not null,
    amount     bigint not null,
    discount   bigint not null,
    place_id   uuid,
    primary key (order_id, line_no)
);

create table order_transition (
    id          bigint generated always as identity primary key,
    order_id    uuid        not null references sales_order (id),
    tenant_id   uuid        not null,
    from_status text,
    to_status   text        not null,
    actor_kind  text        not null,
    actor_id    uuid,
    actor_name  text,
    note        text,
    at          timestamptz not null
);

create index order_transition_order on order_transition (order_id, id);

-- A customer's cart in the online mall: one row per SKU, kept until checkout takes it.
create table cart_line (
    tenant_id   uuid        not null,
    customer_id uuid        not null,
    sku_id      uuid        not null,
    quantity    bigint      not null check (quantity between 1 and 9999),
    added_at    timestamptz not null,
    primary key (tenant_id, customer_id, sku_id)
);
