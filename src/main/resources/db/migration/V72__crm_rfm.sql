-- RFM layering (会员分层, module crm): the paid orders of customers as the crm module heard them (OrderPaid, less
-- what OrderReturned gave back), one row per order so that a repeated event counts once, and the scores and
-- named segment per customer of the last run.
create table crm_paid_order (
    tenant_id            uuid        not null references tenant (id),
    order_id             uuid        not null,
    customer_id          uuid        not null,
    paid                 bigint      not null check (paid >= 0),
    returned             bigint      not null default 0 check (returned >= 0),
    paid_at              timestamptz not null,
    customer_merged_from uuid,
    primary key (tenant_id, order_id)
);
create index crm_paid_order_customer on crm_paid_order (tenant_id, customer_id);

-- The return events counted, so that a repeated one is not subtracted twice.
create table crm_counted_return (
    tenant_id uuid not null references tenant (id),
    return_id uuid not null,
    primary key (tenant_id, return_id)
);

create table crm_rfm (
    tenant_id     uuid        not null references tenant (id),
    customer_id   uuid        not null,
    orders        int         not null,
    spent         bigint      not null,
    last_paid_at  timestamptz not null,
    recency       int         not null check (recency between 1 and 5),
    frequency     int         not null check (frequency between 1 and 5),
    monetary      int         not null check (monetary between 1 and 5),
    segment       text        not null,
    computed_at   timestamptz not null,
    primary key (tenant_id, customer_id)
);
create index crm_rfm_segment on crm_rfm (tenant_id, segment);
