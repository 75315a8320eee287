-- Flash sales (秒殺, decision 0040): a campaign sells a few SKUs each at its own flash price, up to an allocated
-- number of units drawn from the one stock pool, at most a number of units per customer, in a time window, in some
-- channels and stores. An item's sold count only ever grows by a conditional update (sold + q <= allocation), in
-- the transaction of the order that claims the units, so an allocation is never oversold however many buy at once;
-- a claim is released (and the units sold again) when its order is cancelled or expires unpaid.
create table flash_sale (
    id           uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    name         text        not null,
    per_customer int         not null check (per_customer between 1 and 1000),
    channels     text[]      not null default '{}',
    store_ids    uuid[]      not null default '{}',
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    active       boolean     not null,
    version      int         not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    check (starts_at < ends_at)
);

create index flash_sale_list on flash_sale (tenant_id, id);
create index flash_sale_running on flash_sale (tenant_id, ends_at) where active;

create table flash_sale_item (
    flash_sale_id uuid   not null references flash_sale (id),
    tenant_id     uuid   not null references tenant (id),
    sku_id        uuid   not null,
    price         bigint not null check (price > 0),
    allocation    int    not null check (allocation > 0),
    sold          int    not null default 0,
    primary key (flash_sale_id, sku_id),
    check (sold >= 0 and sold <= allocation)
);

-- checkout reads the items of its SKUs
create index flash_sale_item_sku on flash_sale_item (tenant_id, sku_id);

-- the units of an item one order bought at the flash price; released_at once given back
create table flash_sale_claim (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    flash_sale_id uuid        not null,
    sku_id        uuid        not null,
    customer_id   uuid        not null,
    order_id      uuid        not null,
    order_number  text        not null,
    quantity      int         not null check (quantity > 0),
    claimed_at    timestamptz not null,
    released_at   timestamptz,
    foreign key (flash_sale_id, sku_id) references flash_sale_item (flash_sale_id, sku_id)
);

create index flash_sale_claim_customer on flash_sale_claim (flash_sale_id, sku_id, customer_id)
    where released_at is null;
create index flash_sale_claim_order on flash_sale_claim (tenant_id, order_id) where released_at is null;
