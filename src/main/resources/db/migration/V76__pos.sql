-- The store counter (decision 0043): tills of a store, the shifts a cashier opens and closes on a till with their
-- cash, the till's sales (each once per till and the id the device gave it), the money each sale and counter return
-- moved through the till's drawer and terminals, held sales, voids, the conflicts of sales synced after being sold
-- offline, and each brand's offline limits. The orders themselves are the order module's.

create table pos_till (
    id         uuid        primary key,
    tenant_id  uuid        not null references tenant (id),
    store_id   uuid        not null,
    code       text        not null check (length(code) between 1 and 20),
    name       text        not null check (length(name) between 1 and 50),
    active     boolean     not null default true,
    version    integer     not null default 0,
    created_at timestamptz not null,
    unique (tenant_id, store_id, code)
);

create index pos_till_store on pos_till (tenant_id, store_id);

create table pos_shift (
    id                uuid        primary key,
    tenant_id         uuid        not null references tenant (id),
    till_id           uuid        not null references pos_till (id),
    store_id          uuid        not null,
    staff_id          uuid        not null,
    staff_name        text        not null,
    status            text        not null check (status in ('OPEN', 'CLOSED')),
    float_fen         bigint      not null check (float_fen >= 0),
    opened_at         timestamptz not null,
    closed_at         timestamptz,
    expected_cash_fen bigint,
    counted_cash_fen  bigint,
    counted           jsonb       not null default '[]',
    note              text,
    version           integer     not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null))
);

-- one open shift per till: a second opening loses the race here
create unique index pos_shift_one_open on pos_shift (till_id) where status = 'OPEN';
create index pos_shift_store on pos_shift (tenant_id, store_id, id desc);
create index pos_shift_till_time on pos_shift (till_id, opened_at);

-- A sale of a till, once per (till, client sale id): a repeat finds the order the first one placed.
create table pos_sale (
    till_id        uuid        not null references pos_till (id),
    client_sale_id uuid        not null,
    tenant_id      uuid        not null references tenant (id),
    order_id       uuid        not null,
    number         text        not null,
    shift_id       uuid        not null references pos_shift (id),
    offline        boolean     not null,
    recorded_at    timestamptz not null,
    synced_at      timestamptz not null,
    primary key (till_id, client_sale_id)
);

create index pos_sale_shift on pos_sale (shift_id);

-- Money through a shift: a sale's tenders (change given is what cash tendered beyond the amount), a counter
-- return's refunds per tender. ref_id is the order (SALE) or the order's return (REFUND), once per tender.
create table pos_money (
    id         uuid        primary key,
    tenant_id  uuid        not null references tenant (id),
    shift_id   uuid        not null references pos_shift (id),
    kind       text        not null check (kind in ('SALE', 'REFUND')),
    ref_id     uuid        not null,
    order_id   uuid        not null,
    tender     text        not null,
    amount     bigint      not null check (amount >= 0),
    change_fen bigint      not null default 0 check (change_fen >= 0),
    at         timestamptz not null,
    unique (kind, ref_id, tender)
);

create index pos_money_shift on pos_money (shift_id);

create table pos_held_sale (
    id         uuid        primary key,
    tenant_id  uuid        not null references tenant (id),
    till_id    uuid        not null references pos_till (id),
    label      text,
    cart       jsonb       not null,
    staff_id   uuid        not null,
    staff_name text        not null,
    held_at    timestamptz not null
);

create index pos_held_sale_till on pos_held_sale (till_id, held_at);

create table pos_void (
    id         uuid        primary key,
    tenant_id  uuid        not null references tenant (id),
    till_id    uuid        not null references pos_till (id),
    shift_id   uuid        references pos_shift (id),
    kind       text        not null check (kind in ('LINE', 'SALE')),
    sku_id     uuid,
    quantity   bigint,
    amount_fen bigint      not null check (amount_fen >= 0),
    reason     text        not null,
    staff_id   uuid        not null,
    staff_name text        not null,
    at         timestamptz not null
);

create table pos_conflict (
    id               uuid        primary key,
    tenant_id        uuid        not null references tenant (id),
    till_id          uuid        not null references pos_till (id),
    store_id         uuid        not null,
    order_id         uuid        not null,
    number           text        not null,
    kind             text        not null check (kind in ('STOCK_SHORT', 'PRICE_CHANGED', 'COUPON_USED',
                                                            'MEMBER_MERGED', 'OVER_LIMIT')),
    detail           text        not null,
    recorded_at      timestamptz not null,
    synced_at        timestamptz not null,
    status           text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolved_by      uuid,
    resolved_by_name text,
    resolved_at      timestamptz,
    note             text,
    unique (order_id, kind)
);

create index pos_conflict_store on pos_conflict (tenant_id, store_id, id desc);

create table pos_settings (
    tenant_id              uuid    primary key references tenant (id),
    max_offline_hours      integer not null check (max_offline_hours between 1 and 168),
    max_offline_amount_fen bigint  not null check (max_offline_amount_fen >= 0),
    version                integer not null default 0
);
