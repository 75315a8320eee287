-- Member tiers by growth (loyalty/tier): a brand's rules (the window growth is counted over, how long a tier is kept
-- before a review may lower it) and its tiers, ordered by the growth that reaches them; each tier's code is the one
-- the price book's TIER rows name. growth_entry is the append-only ledger of growth earned on paid orders (one yuan
-- paid, one point of growth) and taken back on their refunds; customer_tier holds each customer's tier.

create table loyalty_tier_rules (
    tenant_id     uuid        not null primary key references tenant (id),
    window_months int         not null check (window_months between 1 and 60),
    keep_months   int         not null check (keep_months between 0 and 60),
    version       int         not null,
    updated_at    timestamptz not null
);

create table loyalty_tier (
    tenant_id          uuid    not null references tenant (id),
    code               text    not null check (code ~ '^[A-Za-z0-9_-]{1,32}$'),
    name               text    not null,
    rank               int     not null check (rank >= 0),
    threshold          bigint  not null check (threshold >= 0),
    multiplier_percent int     not null check (multiplier_percent between 0 and 1000),
    free_shipping      boolean not null,
    birthday_points    bigint  not null check (birthday_points >= 0),
    primary key (tenant_id, code),
    unique (tenant_id, rank)
);

create table growth_entry (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    order_id    uuid        not null,
    kind        text        not null check (kind in ('EARN', 'REVERSE')),
    growth      bigint      not null,
    created_at  timestamptz not null,
    check ((kind = 'EARN') = (growth >= 0))
);

-- one earning per order: an OrderPaid delivered twice grows nothing twice
create unique index growth_earned_once on growth_entry (tenant_id, order_id) where kind = 'EARN';
create index growth_customer on growth_entry (tenant_id, customer_id, created_at);

create table customer_tier (
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    tier_code   text        not null,
    since       timestamptz not null,
    review_at   timestamptz not null,
    version     int         not null,
    primary key (tenant_id, customer_id)
);

create index customer_tier_review on customer_tier (review_at);
