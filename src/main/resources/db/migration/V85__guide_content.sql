-- Guide content (導購種草, decision 0054): a guide's posts and product shares, each with a tracked link (its code).
create table guide_share (
    id           uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    code         text        not null,
    guide_id     uuid        not null,
    store_id     uuid        not null,
    kind         text        not null check (kind in ('POST', 'PRODUCT')),
    title        text        not null,
    body         text        not null,
    pictures     jsonb       not null,
    sku_ids      jsonb       not null,
    status       text        not null check (status in ('PUBLISHED', 'ARCHIVED')),
    version      int         not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    unique (tenant_id, code)
);
create index guide_share_guide on guide_share (tenant_id, guide_id, id desc);
create index guide_share_store on guide_share (tenant_id, store_id, id desc);

-- Append-only facts, aggregated when read: two opens or add-to-carts at once are two inserts, never a lost update.
-- A view: who opened the share (the signed-in customer, or the browser's own visitor id) and when.
create table guide_share_view (
    tenant_id uuid        not null references tenant (id),
    share_id  uuid        not null references guide_share (id),
    visitor   text        not null,
    seen_at   timestamptz not null
);
create index guide_share_view_share on guide_share_view (share_id, seen_at);

-- A signed-in customer's touch of a share (OPEN, CART): what last-touch attribution of their orders looks at.
create table guide_share_touch (
    tenant_id   uuid        not null references tenant (id),
    share_id    uuid        not null references guide_share (id),
    customer_id uuid        not null,
    kind        text        not null check (kind in ('OPEN', 'CART')),
    touched_at  timestamptz not null
);
create index guide_share_touch_share on guide_share_touch (share_id, kind, touched_at);
create index guide_share_touch_customer on guide_share_touch (tenant_id, customer_id, touched_at desc);

-- A paid order attributed to a share (one share per order): what it paid, what was refunded of it since.
create table guide_share_order (
    tenant_id   uuid        not null references tenant (id),
    order_id    uuid        not null,
    share_id    uuid        not null references guide_share (id),
    customer_id uuid        not null,
    paid        bigint      not null,
    refunded    bigint      not null default 0,
    paid_at     timestamptz not null,
    primary key (tenant_id, order_id)
);
create index guide_share_order_share on guide_share_order (share_id, paid_at);
