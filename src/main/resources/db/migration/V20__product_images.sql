-- Product images: metadata here, the bytes in the blob store under a content-addressed key
-- (<tenant>/<sha-256>.<ext>), so the same picture uploaded twice is stored once per brand.

create table product_image (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id),
    spu_id       uuid        not null references spu (id),
    sku_id       uuid references sku (id),
    blob_key     text        not null,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    byte_size    int         not null check (byte_size > 0),
    width        int check (width > 0),
    height       int check (height > 0),
    position     int         not null check (position >= 0),
    main         boolean     not null,
    created_at   timestamptz not null
);
create index product_image_tenant_spu on product_image (tenant_id, spu_id, position);
create index product_image_tenant_blob on product_image (tenant_id, blob_key);
-- at most one main image per product
create unique index product_image_one_main on product_image (spu_id) where main;
