-- Sales and returns other modules post (StockPostings), one row per reference: a retry with the same reference
-- and lines finds its row and changes nothing; other lines under the reference are refused.
create table stock_posting (
    tenant_id   uuid        not null references tenant (id),
    kind        text        not null check (kind in ('SALE', 'RETURN')),
    reference   text        not null,
    fingerprint text        not null,
    actor_id    uuid,
    created_at  timestamptz not null,
    primary key (tenant_id, kind, reference)
);
