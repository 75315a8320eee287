-- Catalog: categories (tree), product brands, products (SPU) with variants (SKU), barcodes.

create table category (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    parent_id  uuid references category (id),
    code       text        not null,
    name       text        not null,
    sort_order int         not null default 0,
    created_at timestamptz not null,
    unique (tenant_id, code)
);

create table product_brand (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    code       text        not null,
    name       text        not null,
    created_at timestamptz not null,
    unique (tenant_id, code)
);

create table spu (
    id              uuid primary key,
    tenant_id       uuid        not null references tenant (id),
    code            text        not null,
    name            text        not null,
    category_id     uuid        not null references category (id),
    brand_id        uuid references product_brand (id),
    unit            text        not null,
    description     text,
    spec_attributes jsonb       not null default '[]',
    status          text        not null check (status in ('DRAFT', 'ON_SHELF', 'OFF_SHELF')),
    channels        text[]      not null default '{}',
    version         int         not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (tenant_id, code)
);
create index spu_name_trgm on spu using gin (name gin_trgm_ops);
create index spu_tenant_category on spu (tenant_id, category_id);

create table sku (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    spu_id     uuid        not null references spu (id),
    code       text        not null,
    name       text        not null,
    specs      jsonb       not null default '{}',
    status     text        not null check (status in ('ACTIVE', 'DISCONTINUED')),
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (tenant_id, code)
);
create index sku_name_trgm on sku using gin (name gin_trgm_ops);
create index sku_tenant_spu on sku (tenant_id, spu_id);

create table barcode (
    tenant_id uuid not null references tenant (id),
    code      text not null,
    sku_id    uuid not null references sku (id),
    primary key (tenant_id, code)
);
create index barcode_sku on barcode (sku_id);
