-- Service vouchers (decision 0033): a brand's plans say which SKUs sell as vouchers (uses, days valid); a paid order
-- line of such a SKU issues one voucher per unit, with a twelve-digit code; store staff redeem uses at the voucher's
-- store, and the unused part is refunded. voucher_use is the append-only ledger of redemptions and refunds; the
-- voucher row keeps their sums, changed only in the transaction that appends the use.

create table voucher_plan (
    tenant_id  uuid        not null references tenant (id),
    sku_id     uuid        not null,
    uses       int         not null check (uses between 1 and 1000),
    valid_days int         not null check (valid_days between 1 and 3660),
    version    int         not null,
    updated_at timestamptz not null,
    primary key (tenant_id, sku_id)
);

create table voucher (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    code          text        not null check (code ~ '^[0-9]{12}$'),
    order_id      uuid        not null,
    order_number  text        not null,
    line_index    int         not null,
    unit          int         not null check (unit >= 0),
    sku_id        uuid        not null,
    sku_code      text        not null,
    sku_name      text        not null,
    store_id      uuid        not null,
    customer_id   uuid,
    uses          int         not null check (uses > 0),
    redeemed      int         not null check (redeemed >= 0),
    refunded      int         not null check (refunded >= 0),
    returned      boolean     not null,
    price         bigint      not null check (price >= 0),
    refund_amount bigint      not null check (refund_amount >= 0),
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    version       int         not null,
    unique (tenant_id, code),
    -- one voucher per unit of a line: an OrderPaid delivered twice issues nothing twice
    unique (tenant_id, order_id, line_index, unit),
    check (redeemed + refunded <= uses)
);

create index voucher_customer on voucher (tenant_id, customer_id, id);
create index voucher_order on voucher (tenant_id, order_id, line_index, unit);
create index voucher_store on voucher (tenant_id, store_id, id);

create table voucher_use (
    id         uuid        not null primary key,
    tenant_id  uuid        not null references tenant (id),
    voucher_id uuid        not null references voucher (id),
    kind       text        not null check (kind in ('REDEEM', 'REFUND')),
    uses       int         not null check (uses >= 0),
    amount     bigint      not null check (amount >= 0),
    store_id   uuid,
    actor_kind text        not null,
    actor_id   uuid,
    actor_name text,
    at         timestamptz not null,
    -- a refund of a voucher returned with its order line after its last use gives back no uses
    check (uses > 0 or kind = 'REFUND')
);

create index voucher_use_voucher on voucher_use (voucher_id, at);

create function voucher_use_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'voucher_use is append-only';
end $$;
create trigger voucher_use_append_only before update or delete on voucher_use
    for each row execute function voucher_use_is_append_only();
