-- Customers of a brand's shops (member module, decision 0025): one per mainland mobile number per brand, stored
-- normalised (11 digits) so that one number is always found.
create table customer (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    phone         text        not null check (phone ~ '^1[3-9][0-9]{9}$'),
    name          text,
    source        text        not null,
    registered_at timestamptz not null,
    updated_at    timestamptz not null,
    unique (tenant_id, phone)
);

-- Delivery addresses, at most 20 per customer (checked by the application), at most one preferred. Coordinates in
-- WGS-84 degrees like stores', both or neither.
create table customer_address (
    id          uuid primary key,
    tenant_id   uuid          not null references tenant (id),
    customer_id uuid          not null references customer (id),
    recipient   text          not null,
    phone       text          not null,
    province    text          not null,
    city        text          not null,
    district    text          not null,
    line        text          not null,
    latitude    numeric(8, 6) check (latitude between -90 and 90),
    longitude   numeric(9, 6) check (longitude between -180 and 180),
    preferred   boolean       not null,
    version     int           not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    check ((latitude is null) = (longitude is null))
);
create index customer_address_customer on customer_address (tenant_id, customer_id);
create unique index customer_address_one_preferred on customer_address (customer_id) where preferred;

-- One-time sign-in codes sent by SMS, kept only as keyed digests. The rows of the last day also count the codes
-- sent to a phone (at most one a minute, ten a day); older ones are purged.
create table customer_sign_in_code (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    phone      text        not null,
    code_hash  text        not null,
    sent_at    timestamptz not null,
    expires_at timestamptz not null,
    attempts   int         not null default 0 check (attempts >= 0),
    used_at    timestamptz
);
create index customer_sign_in_code_phone on customer_sign_in_code (tenant_id, phone, sent_at);
create index customer_sign_in_code_sent on customer_sign_in_code (sent_at);

-- Customers' refresh tokens, stored as hashes, rotated on each use (as staff's refresh_token).
create table customer_refresh_token (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null references customer (id),
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    created_at  timestamptz not null
);
create index customer_refresh_token_customer on customer_refresh_token (customer_id);
create index customer_refresh_token_expiry on customer_refresh_token (expires_at);
