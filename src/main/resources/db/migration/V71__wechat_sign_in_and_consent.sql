-- WeChat sign-in (member module): the sandbox that stands in for WeChat's code2session (its codes, as wx.login
-- hands them to a mini program), and the pending bindings of a WeChat user not yet known to the brand: they
-- bind a phone (by SMS code) within a few minutes, and the openid/unionid become the customer's identities.
create table wechat_sandbox_code (
    code      text primary key,
    appid     text        not null,
    openid    text        not null,
    unionid   text,
    issued_at timestamptz not null,
    used_at   timestamptz
);

create table customer_wechat_binding (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    token_hash text        not null unique,
    openid     text        not null,
    unionid    text,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index customer_wechat_binding_expiry on customer_wechat_binding (expires_at);

-- Consent (PIPL): every grant and withdrawal per purpose and channel, with when and through what it was given;
-- the latest row of a purpose and channel is the customer's current answer. Insert-only.
create table customer_consent (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    customer_id uuid        not null references customer (id),
    purpose     text        not null check (purpose in ('MARKETING', 'PROFILING')),
    channel     text        not null check (channel in ('SMS', 'WECHAT', 'EMAIL', 'APP')),
    granted     boolean     not null,
    source      text        not null,
    recorded_at timestamptz not null
);
create index customer_consent_customer on customer_consent (tenant_id, customer_id, purpose, channel, recorded_at);

-- A customer who asked to be deleted is anonymised: phone, name, addresses and identities gone, the row (and the
-- amounts other modules' ledgers keep under its id) stays.
alter table customer
    alter column phone drop not null,
    add column anonymised_at timestamptz;
