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
