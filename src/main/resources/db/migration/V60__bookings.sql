-- Pre-orders with pickup slots (decision 0035): a brand marks SKUs as made to order with a lead time; a store
-- offers pickup slots (time of day, capacity in orders per day, days of week); an online or guide PICKUP order
-- with made-to-order lines books one slot on one date. pickup_slot_day counts the bookings of a slot on a date and
-- is only ever changed by a conditional upsert (booked < capacity), so capacity is never exceeded. A made-to-order
-- line holds no stock: when the store marks the order made, a production receipt and the sale are posted together.

create table made_to_order (
    tenant_id  uuid        not null references tenant (id),
    sku_id     uuid        not null,
    made       boolean     not null,
    lead_hours int         not null check (lead_hours between 0 and 720),
    version    int         not null,
    updated_at timestamptz not null,
    primary key (tenant_id, sku_id)
);

create table pickup_slot (
    id         uuid        not null primary key,
    tenant_id  uuid        not null references tenant (id),
    store_id   uuid        not null,
    starts_at  time        not null,
    ends_at    time        not null,
    capacity   int         not null check (capacity between 1 and 10000),
    -- ISO days of week, Monday = 1 ... Sunday = 7, as a bit mask: bit (d - 1)
    days       int         not null check (days between 1 and 127),
    active     boolean     not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    check (starts_at < ends_at)
);

create index pickup_slot_store on pickup_slot (tenant_id, store_id, starts_at);

create table pickup_slot_day (
    tenant_id uuid not null references tenant (id),
    slot_id   uuid not null references pickup_slot (id),
    day       date not null,
    booked    int  not null check (booked >= 0),
    primary key (slot_id, day)
);

create table order_booking (
    order_id     uuid        not null primary key,
    tenant_id    uuid        not null references tenant (id),
    order_number text        not null,
    store_id     uuid        not null,
    slot_id      uuid        not null references pickup_slot (id),
    day          date        not null,
    starts_at    time        not null,
    ends_at      time        not null,
    -- the order's lines made to order, by index: they hold no stock until made
    made_lines   int[]       not null,
    status       text        not null check (status in ('BOOKED', 'RELEASED', 'MADE')),
    made_at      timestamptz,
    made_by      uuid,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

create index order_booking_day on order_booking (tenant_id, store_id, day, starts_at);

alter table stock_posting drop constraint if exists stock_posting_kind_check;
alter table stock_posting add constraint stock_posting_kind_check check (kind in ('SALE', 'RETURN', 'PRODUCTION'));
