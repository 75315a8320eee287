-- Shopping guides (導購, decision 0051): a brand's rule for binding customers to an exclusive guide and for the
-- guides' commission; one current binding per customer (a guide, or a store's pool when guide_id is null) with every
-- earlier one kept; handovers of a leaving guide's customers; and the guides' sales ledger, where each paid order
-- credited to a guide earns its commission once and each refund of it reverses a share (rows never change).
create table guide_rules (
    tenant_id     uuid        not null primary key references tenant (id),
    binding_rule  text        not null check (binding_rule in ('FIRST_WINS', 'LINK_REBINDS')),
    commission_bp int         not null check (commission_bp between 0 and 5000),
    version       int         not null,
    updated_at    timestamptz not null
);

create table guide_handover (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    from_guide_id uuid        not null,
    to_guide_id   uuid,
    store_id      uuid        not null,
    reason        text,
    customers     int         not null,
    -- how many of them the handover's message reached, and how many refused it (no consent): set once told
    notified      int         not null default 0,
    refused       int         not null default 0,
    by_staff_id   uuid        not null,
    created_at    timestamptz not null
);
create index guide_handover_store on guide_handover (tenant_id, store_id, created_at desc);

create table guide_binding (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    guide_id    uuid,
    store_id    uuid,
    source      text        not null check (source in ('LINK', 'TILL', 'ASSIGNED', 'HANDOVER')),
    handover_id uuid references guide_handover (id),
    by_staff_id uuid,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    check (guide_id is not null or store_id is not null)
);
-- the current binding: at most one per customer, so "first binding wins" is one insert … on conflict do nothing
create unique index guide_binding_current on guide_binding (tenant_id, customer_id) where ended_at is null;
create index guide_binding_of_guide on guide_binding (tenant_id, guide_id) where ended_at is null;
create index guide_binding_history on guide_binding (tenant_id, customer_id, started_at desc);
create index guide_binding_handover on guide_binding (handover_id) where handover_id is not null;

create table guide_commission (
    id           uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    guide_id     uuid        not null,
    order_id     uuid        not null,
    order_number text        not null,
    customer_id  uuid,
    store_id     uuid,
    kind         text        not null check (kind in ('EARNED', 'REVERSED')),
    base         bigint      not null,
    rate_bp      int         not null,
    amount       bigint      not null,
    corrects     uuid references guide_commission (id),
    recorded_at  timestamptz not null,
    check ((kind = 'EARNED') = (corrects is null)),
    check (kind = 'EARNED' and base >= 0 and amount >= 0 or kind = 'REVERSED' and base <= 0 and amount <= 0)
);
-- an order earns once, however often its payment is heard
create unique index guide_commission_once on guide_commission (tenant_id, order_id) where kind = 'EARNED';
create index guide_commission_guide on guide_commission (tenant_id, guide_id, recorded_at);
create index guide_commission_order on guide_commission (tenant_id, order_id);

-- Messages to customers (SMS, WeChat template and subscribe messages, WeCom): every attempt, sent or refused for
-- want of consent, with what it said; a reference makes a send once per customer and channel.
create table message_outbox (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    channel     text        not null check (channel in ('SMS', 'WECHAT_TEMPLATE', 'WECHAT_SUBSCRIBE', 'WECOM')),
    purpose     text        not null check (purpose in ('SERVICE', 'MARKETING')),
    template    text        not null,
    parameters  jsonb       not null,
    recipient   text,
    status      text        not null check (status in ('SENT', 'REFUSED', 'FAILED')),
    reason      text,
    provider    text        not null,
    reference   text,
    created_at  timestamptz not null
);
create index message_outbox_recent on message_outbox (tenant_id, id desc);
create index message_outbox_customer on message_outbox (tenant_id, customer_id, id desc);
create unique index message_outbox_once on message_outbox (tenant_id, reference, customer_id, channel)
    where reference is not null;
