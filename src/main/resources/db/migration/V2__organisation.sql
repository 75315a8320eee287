-- Organisation: brands (tenants), regions, franchisees, stores, warehouses, staff, API clients.

create extension if not exists pg_trgm;

create table tenant (
    id         uuid primary key,
    code       text        not null unique,
    name       text        not null,
    currency   char(3)     not null,
    time_zone  text        not null,
    created_at timestamptz not null
);

create table region (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    code       text        not null,
    name       text        not null,
    created_at timestamptz not null,
    unique (tenant_id, code)
);

create table franchisee (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    code          text        not null,
    name          text        not null,
    contact_name  text,
    contact_phone text,
    created_at    timestamptz not null,
    unique (tenant_id, code)
);

create table store (
    id            uuid primary key,
    tenant_id     uuid          not null references tenant (id),
    code          text          not null,
    name          text          not null,
    kind          text          not null check (kind in ('DIRECT', 'FRANCHISED')),
    region_id     uuid          not null references region (id),
    franchisee_id uuid references franchisee (id),
    address       text          not null,
    latitude      numeric(9, 6) not null,
    longitude     numeric(9, 6) not null,
    opens_at      time          not null,
    closes_at     time          not null,
    phone         text,
    status        text          not null check (status in ('OPEN', 'CLOSED')),
    closed_reason text,
    version       int           not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    unique (tenant_id, code),
    check ((kind = 'FRANCHISED') = (franchisee_id is not null))
);
create index store_tenant_region on store (tenant_id, region_id);
create index store_tenant_franchisee on store (tenant_id, franchisee_id);
create index store_name_trgm on store using gin (name gin_trgm_ops);

create table warehouse (
    id            uuid primary key,
    tenant_id     uuid          not null references tenant (id),
    code          text          not null,
    name          text          not null,
    region_id     uuid references region (id),
    address       text          not null,
    latitude      numeric(9, 6) not null,
    longitude     numeric(9, 6) not null,
    status        text          not null check (status in ('ACTIVE', 'CLOSED')),
    closed_reason text,
    version       int           not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    unique (tenant_id, code)
);

-- Logins are unique across all brands so that one sign-in form serves every brand.
create table staff (
    id              uuid primary key,
    tenant_id       uuid        not null references tenant (id),
    login           text        not null,
    display_name    text        not null,
    phone           text,
    password_hash   text        not null,
    role            text        not null,
    scope_type      text        not null check (scope_type in ('BRAND', 'REGION', 'FRANCHISEE', 'STORE')),
    scope_id        uuid        not null,
    status          text        not null check (status in ('ACTIVE', 'DISABLED')),
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    version         int         not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index staff_login on staff (lower(login));
create index staff_tenant on staff (tenant_id, id);

create table refresh_token (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    staff_id   uuid        not null references staff (id),
    token_hash text        not null unique,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    created_at timestamptz not null
);
create index refresh_token_staff on refresh_token (staff_id);

create table api_client (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id),
    name         text        not null,
    key_id       text        not null unique,
    secret       text        not null,
    role         text        not null,
    scope_type   text        not null,
    scope_id     uuid        not null,
    status       text        not null check (status in ('ACTIVE', 'REVOKED')),
    created_at   timestamptz not null,
    last_used_at timestamptz
);
create index api_client_tenant on api_client (tenant_id, id);

create table api_nonce (
    tenant_id uuid        not null,
    key_id    text        not null,
    nonce     text        not null,
    used_at   timestamptz not null,
    primary key (key_id, nonce)
);
create index api_nonce_used on api_nonce (used_at);
