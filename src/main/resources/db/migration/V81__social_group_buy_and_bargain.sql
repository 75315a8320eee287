-- Group buying (拼团) and bargaining (砍价), decision 0050. Each campaign sells one SKU at its own price up to an
-- allocation drawn from the one stock pool (as flash sales do, V73): `sold` only ever grows by a conditional update
-- (sold + 1 <= allocation) in the transaction of the order that claims the unit, and shrinks when that order is
-- cancelled, so an allocation is never oversold.

create table social_settings (
    tenant_id       uuid    primary key references tenant (id),
    -- a group that runs out of time with at least one paid member succeeds, the missing members made up by
    -- virtual ones (shown as such in every report) instead of failing and refunding
    virtual_members boolean not null default false,
    version         integer not null default 0
);

create table group_buy (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    name          text        not null,
    sku_id        uuid        not null,
    group_price   bigint      not null check (group_price > 0),
    group_size    int         not null check (group_size between 2 and 50),
    limit_minutes int         not null check (limit_minutes between 5 and 10080),
    per_customer  int         not null check (per_customer between 1 and 100),
    allocation    int         not null check (allocation > 0),
    sold          int         not null default 0,
    channels      text[]      not null default '{}',
    store_ids     uuid[]      not null default '{}',
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    active        boolean     not null,
    version       int         not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (starts_at < ends_at),
    check (sold >= 0 and sold <= allocation)
);

create index group_buy_list on group_buy (tenant_id, id);

-- OPENING until its leader pays (not joinable yet), then OPEN until it fills (SUCCEEDED) or its time runs out
-- (FAILED: every paid member refunded); `expires_at` is set when it opens.
create table group_buy_group (
    id              uuid        not null primary key,
    tenant_id       uuid        not null references tenant (id),
    group_buy_id    uuid        not null references group_buy (id),
    code            text        not null,
    leader_id       uuid        not null,
    status          text        not null check (status in ('OPENING', 'OPEN', 'SUCCEEDED', 'FAILED')),
    size            int         not null,
    virtual_members int         not null default 0,
    created_at      timestamptz not null,
    opened_at       timestamptz,
    expires_at      timestamptz,
    closed_at       timestamptz,
    unique (tenant_id, code)
);

create index group_buy_group_campaign on group_buy_group (tenant_id, group_buy_id, created_at desc);
-- the expiry job's scan
create index group_buy_group_due on group_buy_group (expires_at) where status = 'OPEN';

-- one place in a group: PENDING while its order is unpaid (it holds the place), PAID, RELEASED (order cancelled
-- unpaid), REFUNDED (paid, then cancelled: the group failed or staff cancelled it)
create table group_buy_member (
    id           uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    group_id     uuid        not null references group_buy_group (id),
    group_buy_id uuid        not null,
    customer_id  uuid        not null,
    order_id     uuid        not null,
    order_number text        not null,
    status       text        not null check (status in ('PENDING', 'PAID', 'RELEASED', 'REFUNDED')),
    joined_at    timestamptz not null,
    paid_at      timestamptz,
    closed_at    timestamptz,
    unique (tenant_id, order_id)
);

create index group_buy_member_group on group_buy_member (group_id, joined_at);
-- a customer holds one place in a group at most
create unique index group_buy_member_once on group_buy_member (group_id, customer_id)
    where status in ('PENDING', 'PAID');
create index group_buy_member_customer on group_buy_member (group_buy_id, customer_id)
    where status in ('PENDING', 'PAID');

create table bargain_campaign (
    id                  uuid        not null primary key,
    tenant_id           uuid        not null references tenant (id),
    name                text        not null,
    sku_id              uuid        not null,
    start_price         bigint      not null,
    floor_price         bigint      not null check (floor_price > 0),
    helpers_needed      int         not null check (helpers_needed between 1 and 100),
    limit_minutes       int         not null check (limit_minutes between 5 and 10080),
    helps_per_day       int         not null check (helps_per_day between 1 and 100),
    allocation          int         not null check (allocation > 0),
    sold                int         not null default 0,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    active              boolean     not null,
    version             int         not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check (starts_at < ends_at),
    check (floor_price + helpers_needed <= start_price),
    check (sold >= 0 and sold <= allocation)
);

create index bargain_campaign_list on bargain_campaign (tenant_id, id);

-- one buyer's bargain: `cuts` is the sequence drawn when it started (each >= 1 fen, summing to start - floor), kept
-- as drawn for audit; `cuts_taken` helpers took the first ones, so price = start - sum(cuts[1..cuts_taken])
create table bargain (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    campaign_id uuid        not null references bargain_campaign (id),
    code        text        not null,
    customer_id uuid        not null,
    start_price bigint      not null,
    floor_price bigint      not null,
    cuts        bigint[]    not null,
    cuts_taken  int         not null default 0,
    price       bigint      not null,
    status      text        not null check (status in ('OPEN', 'BOUGHT', 'EXPIRED')),
    started_at  timestamptz not null,
    expires_at  timestamptz not null,
    order_id    uuid,
    bought_at   timestamptz,
    unique (tenant_id, code),
    check (price >= floor_price and price <= start_price),
    check (cuts_taken >= 0 and cuts_taken <= cardinality(cuts))
);

create index bargain_campaign_started on bargain (tenant_id, campaign_id, started_at desc);
-- a customer runs one open bargain per campaign at a time
create unique index bargain_open_once on bargain (campaign_id, customer_id) where status = 'OPEN';

-- each help took the cut at `seq` (1-based) of its bargain; the unique keys are the anti-abuse rules' backstop
create table bargain_help (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    bargain_id  uuid        not null references bargain (id),
    campaign_id uuid        not null,
    helper_id   uuid        not null,
    device      text        not null,
    day         date        not null,
    seq         int         not null,
    amount      bigint      not null check (amount > 0),
    helped_at   timestamptz not null,
    unique (bargain_id, seq),
    unique (bargain_id, helper_id),
    unique (campaign_id, device, day)
);

create index bargain_help_helper_day on bargain_help (tenant_id, helper_id, day);
