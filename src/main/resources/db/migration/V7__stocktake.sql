-- Stocktake (盘点): a count sheet for one place, frozen at start, counted, then posted as STOCKTAKE movements.

create table stocktake (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    place_id   uuid        not null,
    status     text        not null check (status in ('OPEN', 'POSTED', 'CANCELLED')),
    actor_id   uuid,
    actor_name text        not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index stocktake_place on stocktake (tenant_id, place_id, id);

-- book_quantity is on hand when the sheet was frozen; counted_quantity stays null until counted;
-- posted_difference is what posting moved (null until posted, and for uncounted lines).
create table stocktake_line (
    stocktake_id     uuid   not null references stocktake (id),
    tenant_id        uuid   not null references tenant (id),
    sku_id           uuid   not null,
    book_quantity    bigint not null check (book_quantity >= 0),
    counted_quantity bigint check (counted_quantity >= 0),
    posted_difference bigint,
    primary key (stocktake_id, sku_id)
);
