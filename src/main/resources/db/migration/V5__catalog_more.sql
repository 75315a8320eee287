-- Catalog, continued: versions for optimistic locking, code search, and the price book (同價).

alter table category add column version int not null default 0;
alter table product_brand add column version int not null default 0;
create index category_tenant_parent on category (tenant_id, parent_id);
create index spu_code_trgm on spu using gin (code gin_trgm_ops);
create index sku_code_trgm on sku using gin (code gin_trgm_ops);

-- One row per price rule of a SKU. kind says which of tier_code / channel / store_id applies; a row without
-- valid_from / valid_to is valid forever, otherwise for valid_from <= t < valid_to (scheduled changes).
create table sku_price (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    sku_id     uuid        not null references sku (id),
    kind       text        not null check (kind in ('LIST', 'TIER', 'CHANNEL', 'STORE')),
    tier_code  text,
    channel    text check (channel in ('ONLINE_MALL', 'POS', 'GUIDE', 'GROUP_BUY')),
    store_id   uuid references store (id),
    price_fen  bigint      not null check (price_fen >= 0),
    valid_from timestamptz,
    valid_to   timestamptz,
    created_at timestamptz not null,
    check ((kind = 'TIER') = (tier_code is not null)),
    check ((kind = 'CHANNEL') = (channel is not null)),
    check ((kind = 'STORE') = (store_id is not null)),
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);
create index sku_price_tenant_sku on sku_price (tenant_id, sku_id);

-- The brand's rule on store prices: FORBIDDEN (one price everywhere) or WITHIN_BAND (± band_percent of list).
create table price_policy (
    tenant_id      uuid primary key references tenant (id),
    store_override text        not null check (store_override in ('FORBIDDEN', 'WITHIN_BAND')),
    band_percent   int         not null check (band_percent between 0 and 100),
    version        int         not null,
    updated_at     timestamptz not null
);
