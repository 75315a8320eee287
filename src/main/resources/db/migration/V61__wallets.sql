-- Stored-value wallets (會員儲值, decision 0036): one wallet per customer per brand. Its value is kept in buckets, one
-- per owner of the value (the brand, or the franchisee whose store took the top-up), each split into principal (what
-- the customer paid) and bonus (what a plan added). wallet_entry is the append-only ledger: a top-up adds, a spend
-- takes away, a refund gives back, each row one owner's part; the buckets and the wallet's totals are the sums of
-- its rows, changed only in the transaction that appends them, under the wallet row's lock. A spend or refund at a
-- place of another owner (online: the brand) names that owner: the clearing between owners.

create table wallet_plan (
    id         uuid        not null primary key,
    tenant_id  uuid        not null references tenant (id),
    name       text        not null,
    pay        bigint      not null check (pay > 0),
    bonus      bigint      not null check (bonus >= 0),
    active     boolean     not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index wallet_plan_tenant on wallet_plan (tenant_id, id);

create table wallet (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    principal   bigint      not null check (principal >= 0),
    bonus       bigint      not null check (bonus >= 0),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    unique (tenant_id, customer_id)
);

create table wallet_bucket (
    wallet_id  uuid        not null references wallet (id),
    tenant_id  uuid        not null references tenant (id),
    owner_kind text        not null check (owner_kind in ('BRAND', 'FRANCHISEE')),
    owner_id   uuid        not null,
    principal  bigint      not null check (principal >= 0),
    bonus      bigint      not null check (bonus >= 0),
    opened_at  timestamptz not null,
    primary key (wallet_id, owner_kind, owner_id)
);

create index wallet_bucket_owner on wallet_bucket (tenant_id, owner_kind, owner_id);

create table wallet_topup (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null,
    plan_id     uuid,
    plan_name   text,
    principal   bigint      not null check (principal > 0),
    bonus       bigint      not null check (bonus >= 0),
    tender      text        not null,
    place_id    uuid,
    owner_kind  text        not null check (owner_kind in ('BRAND', 'FRANCHISEE')),
    owner_id    uuid        not null,
    staff_id    uuid,
    status      text        not null check (status in ('PENDING', 'CREDITED')),
    payment_id  uuid,
    pay_url     text,
    key         text        not null,
    created_at  timestamptz not null,
    credited_at timestamptz,
    unique (tenant_id, key)
);

create index wallet_topup_customer on wallet_topup (tenant_id, customer_id, id);

create table wallet_entry (
    id               uuid        not null primary key,
    tenant_id        uuid        not null references tenant (id),
    wallet_id        uuid        not null references wallet (id),
    customer_id      uuid        not null,
    kind             text        not null check (kind in ('TOP_UP', 'SPEND', 'REFUND')),
    -- what moved the value: the top-up, the payment (a spend), the refund part (a refund)
    move_id          uuid        not null,
    owner_kind       text        not null check (owner_kind in ('BRAND', 'FRANCHISEE')),
    owner_id         uuid        not null,
    principal        bigint      not null,
    bonus            bigint      not null,
    reference        text,
    payment_id       uuid,
    place_id         uuid,
    -- the owner of the place the value was spent or refunded at (online: the brand); top-ups: the value's owner
    place_owner_kind text        not null check (place_owner_kind in ('BRAND', 'FRANCHISEE')),
    place_owner_id   uuid        not null,
    at               timestamptz not null,
    -- one row per owner of one move: a payment debited twice cannot count twice
    unique (tenant_id, move_id, owner_kind, owner_id),
    check ((kind = 'SPEND' and principal <= 0 and bonus <= 0) or (kind <> 'SPEND' and principal >= 0 and bonus >= 0)),
    check (principal <> 0 or bonus <> 0)
);

create index wallet_entry_wallet on wallet_entry (wallet_id, id);
create index wallet_entry_payment on wallet_entry (tenant_id, payment_id) where payment_id is not null;
create index wallet_entry_clearing on wallet_entry (tenant_id, at)
    where owner_kind <> place_owner_kind or owner_id <> place_owner_id;

create function wallet_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'wallet_entry is append-only';
end $$;
create trigger wallet_entry_append_only before update or delete on wallet_entry
    for each row execute function wallet_entry_is_append_only();
