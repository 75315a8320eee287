-- Points (loyalty/points): a brand's rules (points earned per yuan paid, per category rates, the redemption rate,
-- the share of an order points may pay, after how many months points expire) and the append-only ledger of each
-- customer's points. points_account keeps the balance, changed only in the transaction that appends its entry and
-- under its row lock, so it never goes below zero; the reconcile check proves it equals the sum of the entries.

create table points_rules (
    tenant_id            uuid        not null primary key references tenant (id),
    earn_per_yuan        int         not null check (earn_per_yuan between 0 and 1000),
    redeem_per_yuan      int         not null check (redeem_per_yuan between 1 and 100000),
    max_redeem_percent   int         not null check (max_redeem_percent between 0 and 100),
    expiry_months        int         not null check (expiry_months between 0 and 120),
    version              int         not null,
    updated_at           timestamptz not null
);

create table points_category_rate (
    tenant_id    uuid not null references tenant (id),
    category_id  uuid not null,
    rate_percent int  not null check (rate_percent between 0 and 1000),
    primary key (tenant_id, category_id)
);

create table points_account (
    tenant_id       uuid        not null references tenant (id),
    customer_id     uuid        not null,
    balance         bigint      not null check (balance >= 0),
    -- the start of the last period whose expiry was applied (null: never)
    expired_through date,
    updated_at      timestamptz not null,
    primary key (tenant_id, customer_id)
);

create index points_account_expiry on points_account (tenant_id, expired_through);

create table points_entry (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    -- EARN on a paid order, REVERSE of earned points on its refund, REDEEM as a tender, REFUND of a redeemed tender,
    -- EXPIRE at a period end
    kind        text        not null check (kind in ('EARN', 'REVERSE', 'REDEEM', 'REFUND', 'EXPIRE')),
    points      bigint      not null,
    -- the value in fen of a REDEEM or REFUND; for a REVERSE, the points of the order owed back so far (what this
    -- entry took and any shortfall the customer had spent already)
    amount      bigint      not null default 0,
    order_id    uuid,
    payment_id  uuid,
    -- the payment's reference (order:<id>) of a REDEEM or REFUND
    reference   text,
    -- what makes it unique: the order (EARN), the payment or refund part (REDEEM, REFUND), the period (EXPIRE)
    entry_key   text        not null,
    balance     bigint      not null check (balance >= 0),
    created_at  timestamptz not null,
    unique (tenant_id, kind, entry_key),
    check ((kind in ('EARN', 'REFUND')) = (points >= 0) or points = 0)
);

create index points_entry_customer on points_entry (tenant_id, customer_id, id);
create index points_entry_order on points_entry (tenant_id, order_id);
create index points_entry_payment on points_entry (tenant_id, payment_id);
