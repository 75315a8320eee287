-- Coupons (decision 0038): a brand's coupon templates (amount off, percent off with a cap, free shipping; a
-- threshold; valid in a window or for some days after claim; per-member and total limits; channels and stores) and
-- the coupons issued from them to customers. A template's issued count only ever grows by a conditional update
-- (issued < total_limit), so a limited coupon is never issued beyond its limit however many claim at once.
create table coupon_template (
    id               uuid        not null primary key,
    tenant_id        uuid        not null references tenant (id),
    name             text        not null,
    kind             text        not null check (kind in ('AMOUNT_OFF', 'PERCENT_OFF', 'FREE_SHIPPING')),
    amount_off       bigint      check (amount_off > 0),
    percent_off      int         check (percent_off between 1 and 99),
    max_off          bigint      check (max_off > 0),
    threshold        bigint      not null default 0 check (threshold >= 0),
    valid_from       timestamptz,
    valid_to         timestamptz,
    valid_days       int         check (valid_days between 1 and 3660),
    per_member       int         not null check (per_member between 1 and 100),
    total_limit      int         check (total_limit >= 1),
    issued           int         not null default 0,
    channels         text[]      not null default '{}',
    store_ids        uuid[]      not null default '{}',
    claimable        boolean     not null,
    return_on_refund boolean     not null,
    active           boolean     not null,
    version          int         not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    check (total_limit is null or issued <= total_limit),
    check ((valid_days is null) <> (valid_from is null and valid_to is null)),
    check (valid_from is null or valid_from < valid_to)
);

create index coupon_template_list on coupon_template (tenant_id, id);

create table coupon (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    template_id uuid        not null references coupon_template (id),
    customer_id uuid        not null,
    status      text        not null check (status in ('AVAILABLE', 'USED')),
    source      text        not null check (source in ('CLAIMED', 'ISSUED')),
    valid_from  timestamptz not null,
    valid_to    timestamptz not null,
    order_id    uuid,
    issued_at   timestamptz not null,
    used_at     timestamptz,
    check ((status = 'USED') = (order_id is not null))
);

create index coupon_customer on coupon (tenant_id, customer_id, status, valid_to);
create index coupon_template_member on coupon (template_id, customer_id);
create index coupon_order on coupon (tenant_id, order_id) where order_id is not null;
