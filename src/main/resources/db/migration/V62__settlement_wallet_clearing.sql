-- Stored-value clearing in the franchise settlement (decisions 0032, 0036): when value one owner sold (a wallet
-- top-up at its store) is spent at a place of another owner (online: the brand's), the value's owner owes the place's
-- owner that much; a refund of it owes that much less. The settlement module records each such part as it hears the
-- loyalty module's WalletSpent / WalletRefunded, once per move and owner, and its report sums them with the stock
-- obligations. Append-only, amounts signed (a refund is negative).

create table settlement_wallet_entry (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    cause         text        not null check (cause in ('SPENT', 'REFUNDED')),
    -- the wallet payment (SPENT) or its refund part (REFUNDED)
    cause_id      uuid        not null,
    payment_id    uuid        not null,
    reference     text,
    place_id      uuid,
    store_id      uuid,
    debtor_kind   text        not null check (debtor_kind in ('BRAND', 'FRANCHISEE')),
    debtor_id     uuid        not null,
    creditor_kind text        not null check (creditor_kind in ('BRAND', 'FRANCHISEE')),
    creditor_id   uuid        not null,
    principal     bigint      not null,
    bonus         bigint      not null,
    amount        bigint      not null,
    recorded_at   timestamptz not null,
    check (debtor_id <> creditor_id),
    unique (tenant_id, cause_id, debtor_kind, debtor_id)
);

create index settlement_wallet_entry_recorded on settlement_wallet_entry (tenant_id, recorded_at, id);

create function settlement_wallet_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'settlement_wallet_entry is append-only';
end $$;
create trigger settlement_wallet_entry_append_only before update or delete on settlement_wallet_entry
    for each row execute function settlement_wallet_entry_is_append_only();
