-- Automatic promotions (decision 0038): rules the checkout applies by itself, without a code. A kind and its
-- figures (tiers of a spend-X-save-Y, a percent off, buy X get Y), the goods they cover (SKUs, categories; none
-- named = every line), where they apply (channels, stores; none named = everywhere), a time window, a priority
-- (higher first) and whether they exclude every other promotion.
create table promotion (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    name        text        not null,
    kind        text        not null check (kind in ('FULL_REDUCTION', 'PERCENT_OFF', 'BUY_X_GET_Y')),
    tiers       jsonb       not null default '[]',
    percent_off int         check (percent_off between 1 and 99),
    buy         int         check (buy between 1 and 100),
    get         int         check (get between 1 and 100),
    sku_ids     uuid[]      not null default '{}',
    category_ids uuid[]     not null default '{}',
    channels    text[]      not null default '{}',
    store_ids   uuid[]      not null default '{}',
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    priority    int         not null default 0,
    exclusive   boolean     not null default false,
    active      boolean     not null default true,
    version     int         not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    check (starts_at < ends_at)
);

-- checkout reads the brand's promotions running now
create index promotion_running on promotion (tenant_id, ends_at) where active;
create index promotion_list on promotion (tenant_id, id);
