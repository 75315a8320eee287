-- Catalog import jobs: an uploaded CSV/XLSX sheet of products and SKUs, validated row by row in the background and
-- applied in one transaction only when every row is valid. The job row is the progress every instance can read;
-- a job whose heartbeat stops (its server died) is marked FAILED by any instance.

create table catalog_import (
    id               uuid primary key,
    tenant_id        uuid        not null references tenant (id),
    actor            jsonb       not null,
    file_name        text        not null,
    format           text        not null check (format in ('CSV', 'XLSX')),
    content          bytea,
    status           text        not null check (status in ('QUEUED', 'VALIDATING', 'APPLYING', 'SUCCEEDED', 'FAILED')),
    total_rows       int         not null,
    processed_rows   int         not null default 0,
    error_count      int         not null default 0,
    products_created int         not null default 0,
    products_updated int         not null default 0,
    skus_created     int         not null default 0,
    skus_updated     int         not null default 0,
    failure          text,
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    heartbeat_at     timestamptz,
    check (status not in ('QUEUED', 'VALIDATING', 'APPLYING') or content is not null)
);
create index catalog_import_tenant on catalog_import (tenant_id, id);
create index catalog_import_open on catalog_import (status, heartbeat_at) where status in ('QUEUED', 'VALIDATING', 'APPLYING');

-- The row errors of a failed import; position orders them by row (and is the cursor of their list).
create table catalog_import_error (
    tenant_id   uuid not null references tenant (id),
    import_id   uuid not null references catalog_import (id),
    position    int  not null,
    row_number  int  not null,
    column_name text,
    field       text,
    message     text not null,
    primary key (import_id, position)
);
