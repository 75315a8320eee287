-- Inventory: stock locations, the append-only stock ledger, balances kept in step with it, reservations.

-- A store or warehouse (org's place id) as a holder of stock.
create table stock_location (
    tenant_id          uuid        not null references tenant (id),
    place_id           uuid        not null,
    shared_with_online boolean     not null,
    safety_stock       bigint      not null check (safety_stock >= 0),
    version            int         not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    primary key (tenant_id, place_id)
);

-- Insert-only: a correction is a new row pointing at the one it corrects (corrects_id).
create table stock_movement (
    id             uuid primary key,
    tenant_id      uuid        not null references tenant (id),
    sku_id         uuid        not null,
    location_id    uuid        not null,
    kind           text        not null check (kind in ('RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT',
                                                        'TRANSFER_IN', 'STOCKTAKE', 'RESERVE', 'RELEASE')),
    on_hand_delta  bigint      not null,
    reserved_delta bigint      not null,
    actor_id       uuid,
    actor_name     text        not null,
    reason         text,
    reference      text,
    reservation_id uuid,
    corrects_id    uuid references stock_movement (id),
    occurred_at    timestamptz not null
);
create index stock_movement_key on stock_movement (tenant_id, sku_id, location_id, id);
create index stock_movement_location on stock_movement (tenant_id, location_id, id);

create function stock_movement_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movement is append-only; record a correcting movement instead';
end $$;
create trigger stock_movement_append_only before update or delete on stock_movement
    for each row execute function stock_movement_is_append_only();

-- One row per SKU x location, changed only together with a movement in the same transaction.
-- safety_stock is copied from the location so that the hot reservation UPDATE touches one table.
create table stock_balance (
    id           uuid        not null unique,
    tenant_id    uuid        not null references tenant (id),
    sku_id       uuid        not null,
    location_id  uuid        not null,
    on_hand      bigint      not null,
    reserved     bigint      not null,
    safety_stock bigint      not null check (safety_stock >= 0),
    version      bigint      not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, sku_id, location_id),
    constraint stock_balance_never_oversold check (on_hand >= 0 and reserved >= 0 and reserved <= on_hand)
);
create index stock_balance_location on stock_balance (tenant_id, location_id);

create table stock_reservation (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    reference  text        not null,
    status     text        not null check (status in ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    expires_at timestamptz not null,
    actor_id   uuid,
    actor_name text        not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (tenant_id, reference)
);
create index stock_reservation_due on stock_reservation (expires_at) where status = 'HELD';

create table stock_reservation_line (
    reservation_id uuid   not null references stock_reservation (id),
    line_no        int    not null,
    tenant_id      uuid   not null references tenant (id),
    sku_id         uuid   not null,
    location_id    uuid   not null,
    quantity       bigint not null check (quantity > 0),
    primary key (reservation_id, line_no)
);
