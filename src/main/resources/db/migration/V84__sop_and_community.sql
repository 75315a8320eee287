-- SOP playbooks and community groups (私域, decision 0053), in the guide module.
-- sop_customer: guide's own read model of what the rules look at, kept from other modules' events (OrderPaid,
-- CustomerBirthdaySet, the wallet's events) so that a scan is one set-based statement per rule over one table.
create table sop_customer (
    tenant_id         uuid        not null references tenant (id),
    customer_id       uuid        not null,
    first_paid_at     timestamptz,
    last_paid_at      timestamptz,
    birthday_month    smallint,
    birthday_day      smallint,
    wallet_balance    bigint,
    wallet_changed_at timestamptz,
    primary key (tenant_id, customer_id)
);

-- The events already applied to sop_customer's wallet balance, so that a repeated one does not count twice.
create table sop_heard (
    tenant_id uuid not null references tenant (id),
    key       text not null,
    primary key (tenant_id, key)
);

create table sop_rule (
    id           uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    name         text        not null,
    kind         text        not null check (kind in ('AFTER_FIRST_PURCHASE', 'BIRTHDAY_IN', 'NO_PURCHASE_FOR',
                                                      'WALLET_BELOW', 'GROUP_BUY_FAILED')),
    days         int         not null check (days between 0 and 3650),
    threshold    bigint      check (threshold >= 0),
    message      text        not null,
    link         text,
    due_days     int         not null check (due_days between 0 and 365),
    result_days  int         not null check (result_days between 1 and 365),
    store_id     uuid,
    enabled      boolean     not null,
    version      int         not null,
    created_at   timestamptz not null
);
create index sop_rule_brand on sop_rule (tenant_id, created_at);

-- One task per customer, rule and occurrence (the first purchase's day, the birthday's year, the lapse's last
-- purchase, the group that failed): a scan run again, or by two instances, inserts nothing new.
create table sop_task (
    id                 uuid        not null primary key,
    tenant_id          uuid        not null references tenant (id),
    rule_id            uuid        not null references sop_rule (id),
    customer_id        uuid        not null,
    occurrence         text        not null,
    guide_id           uuid,
    store_id           uuid,
    message            text        not null,
    link               text,
    status             text        not null check (status in ('OPEN', 'DONE')),
    due_at             timestamptz not null,
    result_until       timestamptz not null,
    created_at         timestamptz not null,
    completed_at       timestamptz,
    completed_by       uuid,
    note               text,
    converted_order_id uuid,
    converted_amount   bigint,
    check (guide_id is not null or store_id is not null),
    unique (tenant_id, rule_id, customer_id, occurrence)
);
create index sop_task_guide on sop_task (tenant_id, guide_id, status, due_at) where guide_id is not null;
create index sop_task_pool on sop_task (tenant_id, store_id, status, due_at) where guide_id is null;
create index sop_task_result on sop_task (tenant_id, customer_id, result_until) where converted_order_id is null;

-- Community groups (社群): customers in a WeCom/WeChat group run by a guide or a store; broadcasts to them; the paid
-- orders of members attributed to the latest broadcast they received within its window.
create table community_group (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    name        text        not null,
    store_id    uuid        not null,
    guide_id    uuid,
    channel     text        not null check (channel in ('WECOM', 'WECHAT_TEMPLATE')),
    external_id text        not null,
    created_at  timestamptz not null,
    unique (tenant_id, external_id)
);
create index community_group_store on community_group (tenant_id, store_id);

create table community_member (
    tenant_id   uuid        not null references tenant (id),
    group_id    uuid        not null references community_group (id),
    customer_id uuid        not null,
    joined_at   timestamptz not null,
    primary key (group_id, customer_id)
);
create index community_member_customer on community_member (tenant_id, customer_id);

create table community_broadcast (
    id               uuid        not null primary key,
    tenant_id        uuid        not null references tenant (id),
    group_id         uuid        not null references community_group (id),
    kind             text        not null check (kind in ('CONTENT', 'GROUP_BUY', 'COUPON')),
    text             text        not null,
    link             text,
    reached          int         not null,
    refused          int         not null,
    attribution_days int         not null,
    by_staff_id      uuid        not null,
    sent_at          timestamptz not null
);
create index community_broadcast_group on community_broadcast (tenant_id, group_id, sent_at desc);

-- Who a broadcast reached (consent given): attribution counts only their orders.
create table community_reached (
    broadcast_id uuid not null references community_broadcast (id),
    customer_id  uuid not null,
    primary key (broadcast_id, customer_id)
);
create index community_reached_customer on community_reached (customer_id);

create table community_sale (
    tenant_id    uuid        not null references tenant (id),
    order_id     uuid        not null,
    broadcast_id uuid        not null references community_broadcast (id),
    customer_id  uuid        not null,
    amount       bigint      not null,
    paid_at      timestamptz not null,
    primary key (tenant_id, order_id)
);
create index community_sale_broadcast on community_sale (broadcast_id);

-- A broadcast to a group as the messaging provider got it (messaging module): the group's chat and who it was for.
create table message_group_send (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    channel     text        not null,
    external_id text        not null,
    template    text        not null,
    parameters  jsonb       not null,
    recipients  int         not null,
    refused     int         not null,
    provider    text        not null,
    reference   text        not null,
    created_at  timestamptz not null,
    unique (tenant_id, reference)
);

-- The paid members of social's groups as guide heard them (GroupJoined), for the "group buy failed" rule.
create table sop_group_join (
    tenant_id   uuid not null references tenant (id),
    group_id    uuid not null,
    customer_id uuid not null,
    primary key (tenant_id, group_id, customer_id)
);

-- Time-ordered ids (version 7, like platform's Ids) for rows a set-based statement inserts.
create function sop_uuid7() returns uuid language sql volatile as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
        from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
