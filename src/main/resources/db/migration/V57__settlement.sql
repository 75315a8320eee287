-- Franchise settlement (decision 0032): when one owner's stock (the brand's or a franchisee's) fulfils another
-- owner's order, the seller owes the stock's owner for each line. The ledger is append-only: a line's first entry
-- is its obligation, later entries (returns, a paid order cancelled) correct it and point at it. Amounts are fen,
-- signed: the line's obligation is the sum of its entries.

create table settlement_entry (
    id            uuid        not null primary key,
    tenant_id     uuid        not null references tenant (id),
    kind          text        not null check (kind in ('OBLIGATION', 'REVERSAL')),
    cause         text        not null check (cause in ('PAID', 'RETURNED', 'CANCELLED')),
    cause_id      uuid        not null,
    order_id      uuid        not null,
    order_number  text        not null,
    order_channel text        not null,
    line_index    int         not null check (line_index >= 0),
    sku_id        uuid        not null,
    sku_code      text        not null,
    place_id      uuid        not null,
    store_id      uuid,
    debtor_kind   text        not null check (debtor_kind in ('BRAND', 'FRANCHISEE')),
    debtor_id     uuid        not null,
    creditor_kind text        not null check (creditor_kind in ('BRAND', 'FRANCHISEE')),
    creditor_id   uuid        not null,
    quantity      bigint      not null,
    base_amount   bigint      not null,
    rate_percent  int         not null check (rate_percent between 1 and 100),
    amount        bigint      not null,
    corrects_id   uuid references settlement_entry (id),
    recorded_at   timestamptz not null,
    check (debtor_id <> creditor_id),
    check (kind = 'OBLIGATION' or corrects_id is not null)
);

create index settlement_entry_order on settlement_entry (tenant_id, order_id, line_index, id);
create index settlement_entry_recorded on settlement_entry (tenant_id, recorded_at, id);
create index settlement_entry_debtor on settlement_entry (tenant_id, debtor_id, recorded_at);
create index settlement_entry_creditor on settlement_entry (tenant_id, creditor_id, recorded_at);

create function settlement_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'settlement_entry is append-only; record a correcting entry instead';
end $$;
create trigger settlement_entry_append_only before update or delete on settlement_entry
    for each row execute function settlement_entry_is_append_only();

-- The brand's settlement rule: the stock's owner is owed this percentage of a line's paid amount (100 = all of
-- it; the seller keeps the rest). A brand without a row settles at 100 %.
create table settlement_rule (
    tenant_id    uuid        not null primary key references tenant (id),
    rate_percent int         not null check (rate_percent between 1 and 100),
    version      int         not null,
    updated_at   timestamptz not null
);
