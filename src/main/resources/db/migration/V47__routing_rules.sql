-- Order routing rules (decision 0026): one row per brand, written the first time the brand saves its rule; a
-- brand without a row routes by the defaults (warehouses first, same-city within 5 km, franchisees' stock never
-- drawn on by online orders, buffer 0).
create table routing_rule (
    tenant_id        uuid          not null primary key references tenant (id),
    preference       text          not null check (preference in ('PREFER_WAREHOUSE', 'PREFER_STORES')),
    same_city_max_km numeric(4, 1) not null check (same_city_max_km > 0),
    franchise_stock  text          not null check (franchise_stock in ('NEVER', 'ABOVE_BUFFER', 'ALWAYS')),
    franchise_buffer bigint        not null check (franchise_buffer >= 0),
    version          int           not null,
    updated_at       timestamptz   not null
);
