-- One customer across channels (issue 12, member module). Every customer gets a member card number (shown with
-- the member QR code, typed at the till), the store that registered them when staff did, and, once merged into
-- another customer, the survivor's id: a merged customer is kept (for undo) but no longer listed or found.
create sequence customer_card_number_seq;
alter table customer
    add column card_number         text,
    add column registered_store_id uuid,
    add column merged_into         uuid references customer (id);
update customer set card_number = 'M' || lpad(nextval('customer_card_number_seq')::text, 10, '0')
where card_number is null;
alter table customer
    alter column card_number set default 'M' || lpad(nextval('customer_card_number_seq')::text, 10, '0'),
    alter column card_number set not null,
    add constraint customer_card_number_unique unique (tenant_id, card_number);
create index customer_list on customer (tenant_id, id desc) where merged_into is null;
create index customer_name on customer (tenant_id, lower(name)) where merged_into is null;

-- Identities other than the phone and the card number (which are the customer's own columns): WeChat openid and
-- unionid, email. One identity value belongs to one customer of a brand.
create table customer_identity (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null references customer (id),
    kind        text        not null check (kind in ('WECHAT_OPENID', 'WECHAT_UNIONID', 'EMAIL')),
    value       text        not null,
    created_at  timestamptz not null,
    unique (tenant_id, kind, value)
);
create index customer_identity_customer on customer_identity (tenant_id, customer_id);

-- Tags: put on by staff (MANUAL) or by the brand's rules (RULE, recomputed). A customer carries a tag once.
create table customer_tag (
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null references customer (id),
    tag         text        not null,
    source      text        not null check (source in ('MANUAL', 'RULE')),
    created_at  timestamptz not null,
    primary key (tenant_id, customer_id, tag)
);
create index customer_tag_tag on customer_tag (tenant_id, tag);

-- Merges of two customers who are one person: the merged customer's identities, addresses and tags moved to the
-- survivor (listed in moved, so that an undo moves exactly those back) until an admin confirms or undoes it.
create table customer_merge (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    survivor_id uuid        not null references customer (id),
    merged_id   uuid        not null references customer (id),
    status      text        not null check (status in ('MERGED', 'UNDONE', 'CONFIRMED')),
    moved       jsonb       not null,
    merged_by   text        not null,
    merged_at   timestamptz not null,
    decided_by  text,
    decided_at  timestamptz,
    version     int         not null default 0
);
create index customer_merge_survivor on customer_merge (tenant_id, survivor_id, id desc);
create index customer_merge_merged on customer_merge (tenant_id, merged_id, id desc);
create unique index customer_merge_open on customer_merge (merged_id) where status = 'MERGED';

-- The order module re-points a merged customer's orders to the survivor, remembering whose they were so that an
-- undo gives exactly those back.
alter table sales_order add column customer_merged_from uuid;
