-- Payments (decision 0024): one row per tender, one per refunded part, the append-only money ledger, the
-- notifications received from gateways (replays and duplicates), and the sandbox WeChat Pay gateway's own tables.

create table payment (
    id               uuid        not null primary key,
    tenant_id        uuid        not null references tenant (id),
    reference        text        not null,                  -- the caller's, e.g. order:<uuid>
    tender           text        not null,                  -- CASH, CARD, WECHAT_PAY
    status           text        not null,                  -- PENDING, SUCCEEDED, FAILED, CLOSED
    amount           bigint      not null check (amount > 0),
    refunded         bigint      not null default 0,        -- succeeded refunds
    refund_pending   bigint      not null default 0,        -- refunds sent to the gateway, not yet answered
    cash_tendered    bigint      not null default 0,
    change_given     bigint      not null default 0,
    card_reference   text,
    description      text,
    out_trade_no     text        unique,                    -- what the gateway knows it by (online tenders)
    transaction_id   text,                                  -- the gateway's transaction id
    pay_url          text,
    payer_id         text,                                  -- the gateway's payer (openid)
    place_id         uuid,
    staff_id         uuid,
    flagged          boolean     not null default false,    -- succeeded after close, refunded at once
    idempotency_key  text        not null,
    next_query_at    timestamptz,                           -- the active query's lease / next turn
    gateway_closed   boolean     not null default false,    -- the gateway confirmed a close
    created_at       timestamptz not null default now(),
    succeeded_at     timestamptz,
    closed_at        timestamptz,
    constraint payment_key unique (tenant_id, idempotency_key),
    constraint payment_refunds_within check (refunded >= 0 and refund_pending >= 0
                                             and refunded + refund_pending <= amount)
);
create index payment_by_reference on payment (tenant_id, reference, created_at);
create index payment_by_tenant on payment (tenant_id, id);
create index payment_to_query on payment (created_at) where status = 'PENDING' and out_trade_no is not null;
create index payment_to_close on payment (closed_at)
    where status = 'CLOSED' and out_trade_no is not null and not gateway_closed;

create table refund (
    id                 uuid        not null primary key,
    tenant_id          uuid        not null references tenant (id),
    payment_id         uuid        not null references payment (id),
    reference          text        not null,
    refund_reference   text        not null,                -- names the refund (a return, a late payment)
    amount             bigint      not null check (amount > 0),
    status             text        not null,                -- PENDING, SUCCEEDED, FAILED
    reason             text,
    out_refund_no      text        unique,
    provider_refund_id text,
    submitted          boolean     not null default false,  -- the gateway accepted it (online tenders)
    next_submit_at     timestamptz,
    created_at         timestamptz not null default now(),
    settled_at         timestamptz,
    constraint refund_part unique (tenant_id, refund_reference, payment_id)
);
create index refund_by_reference on refund (tenant_id, reference, created_at);
create index refund_to_submit on refund (created_at) where status = 'PENDING' and not submitted;

-- The ledger: a capture adds the amount, a refund takes it away. Insert-only; one capture per payment and one
-- entry per refund, so a notification applied twice cannot count twice.
create table payment_entry (
    id          uuid        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    reference   text        not null,
    payment_id  uuid        not null references payment (id),
    refund_id   uuid        references refund (id),
    kind        text        not null check (kind in ('CAPTURE', 'REFUND')),
    amount      bigint      not null check ((kind = 'CAPTURE' and amount > 0) or (kind = 'REFUND' and amount < 0)),
    created_at  timestamptz not null default now()
);
create unique index payment_entry_one_capture on payment_entry (payment_id) where kind = 'CAPTURE';
create unique index payment_entry_one_refund on payment_entry (refund_id) where kind = 'REFUND';
create index payment_entry_by_reference on payment_entry (tenant_id, reference);

create function payment_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'payment_entry is append-only; record a correcting entry instead';
end $$;
create trigger payment_entry_append_only before update or delete on payment_entry
    for each row execute function payment_entry_is_append_only();

-- Gateway notifications received: a nonce is taken once within the timestamp window (a replayed request is
-- refused), a notification id is applied once (a repeated notification answers 200 and changes nothing).
create table payment_notice_nonce (
    nonce       text        not null primary key,
    tenant_id   uuid        not null references tenant (id),
    seen_at     timestamptz not null default now()
);
create index payment_notice_nonce_by_age on payment_notice_nonce (seen_at);

create table payment_notice (
    id           text        not null primary key,          -- the gateway's notification id
    tenant_id    uuid        not null references tenant (id),
    event_type   text        not null,
    payment_id   uuid        not null references payment (id),
    refund_id    uuid        references refund (id),
    received_at  timestamptz not null default now()
);
create index payment_notice_by_payment on payment_notice (tenant_id, payment_id);

-- The WeChat Pay keys of this deployment: in sandbox mode the sandbox merchant's and the sandbox platform's, made
-- on first use. Private keys and the API v3 key are sealed (SecretBox).
create table wechatpay_sandbox_keys (
    mchid                  text        not null primary key,
    appid                  text        not null,
    merchant_serial        text        not null,
    merchant_private_key   text        not null,            -- sealed PKCS#8, Base64
    merchant_public_key    text        not null,            -- X.509 SubjectPublicKeyInfo, Base64
    platform_key_id        text        not null,            -- PUB_KEY_ID_...
    platform_private_key   text        not null,            -- sealed
    platform_public_key    text        not null,
    api_v3_key             text        not null,            -- sealed, 32 characters
    created_at             timestamptz not null default now()
);

-- The sandbox gateway's own books: what a merchant's orders and refunds are at WeChat Pay. Not a brand's data
-- (the gateway knows merchants, not brands), so no tenant_id.
create table wechatpay_sandbox_order (
    id              text        not null primary key,       -- the prepay id the pay page is addressed by
    mchid           text        not null,
    appid           text        not null,
    out_trade_no    text        not null,
    transaction_id  text        not null unique,
    description     text        not null,
    total           bigint      not null,
    currency        text        not null,
    notify_url      text        not null,
    trade_state     text        not null,                   -- NOTPAY, SUCCESS, CLOSED, REFUND
    payer_openid    text,
    time_expire     timestamptz not null,
    success_time    timestamptz,
    refunded        bigint      not null default 0,
    created_at      timestamptz not null default now(),
    constraint wechatpay_sandbox_order_no unique (mchid, out_trade_no)
);

create table wechatpay_sandbox_refund (
    refund_id       text        not null primary key,
    mchid           text        not null,
    out_refund_no   text        not null,
    order_id        text        not null references wechatpay_sandbox_order (id),
    amount          bigint      not null,
    reason          text,
    notify_url      text,
    status          text        not null,                   -- PROCESSING, SUCCESS
    created_at      timestamptz not null default now(),
    success_time    timestamptz,
    constraint wechatpay_sandbox_refund_no unique (mchid, out_refund_no)
);

-- Notifications the sandbox owes merchants: sent at once, retried until a 2xx, or held for a manual send.
create table wechatpay_sandbox_notification (
    id               text        not null primary key,      -- the notification id, the same on every attempt
    notify_url       text        not null,
    event_type       text        not null,                  -- TRANSACTION.SUCCESS, REFUND.SUCCESS
    original_type    text        not null,                  -- transaction, refund
    summary          text        not null,
    plaintext        text        not null,                  -- the resource before encryption
    held             boolean     not null default false,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz,                           -- due; null when delivered or held
    last_status      int,
    delivered_at     timestamptz,
    created_at       timestamptz not null default now()
);
create index wechatpay_sandbox_notification_due on wechatpay_sandbox_notification (next_attempt_at)
    where next_attempt_at is not null;
