-- Distribution (分銷裂變, decision 0052): members who apply (or are invited by a distributor's code) and are
-- approved become distributors of a brand-defined level; customers are bound to a referrer by share link or code
-- under the brand's rule (first or last touch, a lifetime, a protection period), every binding kept; a paid order of
-- a bound customer earns commission for the referrer and the referrer's inviter (two levels at most), line by line
-- on the lines' apportioned paid amounts; it stays pending through the return window, then becomes available and
-- may be withdrawn. Both ledgers only ever gain rows.
create table distribution_settings (
    tenant_id          uuid        not null primary key references tenant (id),
    binding_rule       text        not null check (binding_rule in ('FIRST_TOUCH', 'LAST_TOUCH')),
    binding_days       int         not null check (binding_days between 1 and 3650),
    protection_days    int         not null check (protection_days between 0 and 3650),
    return_window_days int         not null check (return_window_days between 0 and 365),
    min_withdrawal     bigint      not null check (min_withdrawal >= 1),
    version            int         not null,
    updated_at         timestamptz not null
);

create table distribution_level (
    tenant_id  uuid not null references tenant (id),
    level      int  not null check (level between 1 and 9),
    name       text not null,
    -- what the referrer (first) and the referrer's inviter (second) earn, in basis points of the lines' paid amounts
    first_bp   int  not null check (first_bp between 0 and 5000),
    second_bp  int  not null check (second_bp between 0 and 5000),
    primary key (tenant_id, level)
);

create table distributor (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    code        text        not null,
    level       int         not null,
    status      text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'FROZEN')),
    inviter_id  uuid references distributor (id),
    -- the WeChat openid withdrawals are paid to (the gateway's transfer needs one)
    payee       text,
    applied_at  timestamptz not null,
    decided_at  timestamptz,
    decided_by  uuid,
    version     int         not null
);
create unique index distributor_customer on distributor (tenant_id, customer_id);
create unique index distributor_code on distributor (tenant_id, code);
create index distributor_status on distributor (tenant_id, status, id desc);
create index distributor_inviter on distributor (tenant_id, inviter_id) where inviter_id is not null;

-- rules that set the rates of a SKU's or a category's lines (optionally for one level only), above the level's own
create table distribution_rule (
    id         uuid        not null primary key,
    tenant_id  uuid        not null references tenant (id),
    scope      text        not null check (scope in ('SKU', 'CATEGORY')),
    target_id  uuid        not null,
    level      int,
    first_bp   int         not null check (first_bp between 0 and 5000),
    second_bp  int         not null check (second_bp between 0 and 5000),
    created_at timestamptz not null
);
create unique index distribution_rule_target on distribution_rule (tenant_id, scope, target_id, coalesce(level, 0));

create table distribution_binding (
    id             uuid        not null primary key,
    tenant_id      uuid        not null references tenant (id),
    customer_id    uuid        not null,
    distributor_id uuid        not null references distributor (id),
    source         text        not null check (source in ('LINK', 'CODE')),
    started_at     timestamptz not null,
    expires_at     timestamptz not null,
    ended_at       timestamptz
);
-- one current binding per customer: "first touch" is one insert … on conflict do nothing
create unique index distribution_binding_current on distribution_binding (tenant_id, customer_id)
    where ended_at is null;
create index distribution_binding_history on distribution_binding (tenant_id, customer_id, started_at desc);
create index distribution_binding_team on distribution_binding (tenant_id, distributor_id, started_at desc);

-- The commission ledger. Each row moves money between a distributor's pending and available balances:
-- EARNED (+pending, once per order and tier), REVERSED (−pending, a refund's share before the window closed),
-- SETTLED (−pending +available, once per order and tier, when the return window closed), CLAWED_BACK
-- (−available, a refund's share after it).
create table distribution_commission (
    id             uuid        not null primary key,
    tenant_id      uuid        not null references tenant (id),
    distributor_id uuid        not null references distributor (id),
    order_id       uuid        not null,
    order_number   text        not null,
    customer_id    uuid,
    tier           int         not null check (tier in (1, 2)),
    kind           text        not null check (kind in ('EARNED', 'REVERSED', 'SETTLED', 'CLAWED_BACK')),
    base           bigint      not null,
    pending        bigint      not null,
    available      bigint      not null,
    settles_at     timestamptz,
    recorded_at    timestamptz not null,
    check (kind <> 'EARNED' or (base >= 0 and pending >= 0 and available = 0 and settles_at is not null)),
    check (kind <> 'REVERSED' or (pending <= 0 and available = 0)),
    check (kind <> 'SETTLED' or (pending = -available)),
    check (kind <> 'CLAWED_BACK' or (pending = 0 and available <= 0))
);
create unique index distribution_commission_earned on distribution_commission (tenant_id, order_id, tier)
    where kind = 'EARNED';
create unique index distribution_commission_settled on distribution_commission (tenant_id, order_id, tier)
    where kind = 'SETTLED';
create index distribution_commission_due on distribution_commission (settles_at) where kind = 'EARNED';
create index distribution_commission_distributor on distribution_commission (tenant_id, distributor_id, id desc);
create index distribution_commission_order on distribution_commission (tenant_id, order_id);

create table distribution_withdrawal (
    id             uuid        not null primary key,
    tenant_id      uuid        not null references tenant (id),
    distributor_id uuid        not null references distributor (id),
    amount         bigint      not null check (amount > 0),
    status         text        not null check (status in ('REQUESTED', 'PAID', 'REJECTED', 'FAILED')),
    requested_at   timestamptz not null,
    decided_at     timestamptz,
    decided_by     uuid,
    transfer_id    text,
    reason         text
);
create index distribution_withdrawal_status on distribution_withdrawal (tenant_id, status, id desc);
create index distribution_withdrawal_distributor on distribution_withdrawal (tenant_id, distributor_id, id desc);

-- The payout ledger: a withdrawal holds its amount (HELD, −), a rejected or failed one gives it back (RELEASED, +),
-- a paid one records the transfer (PAID, 0). Once per withdrawal and kind.
create table distribution_payout (
    id             uuid        not null primary key,
    tenant_id      uuid        not null references tenant (id),
    distributor_id uuid        not null references distributor (id),
    withdrawal_id  uuid        not null references distribution_withdrawal (id),
    kind           text        not null check (kind in ('HELD', 'RELEASED', 'PAID')),
    amount         bigint      not null,
    transfer_id    text,
    recorded_at    timestamptz not null,
    check (kind = 'HELD' and amount < 0 or kind = 'RELEASED' and amount > 0 or kind = 'PAID' and amount = 0)
);
create unique index distribution_payout_once on distribution_payout (withdrawal_id, kind);
create index distribution_payout_distributor on distribution_payout (tenant_id, distributor_id);
