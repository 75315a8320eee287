-- Incremental reconciliation (decision 0014): balances are proved against checkpointed ledger sums plus only the
-- movements written since, instead of summing the whole ledger on every check.

-- The transaction that wrote each movement (pg_current_xact_id, 64 bits, never wraps). A checkpoint covers exactly
-- the movements with tx below its horizon, the oldest transaction still running when it was taken: no movement
-- below a horizon can still appear, whatever order transactions commit in (UUIDv7 ids and times cannot promise
-- that). A B-tree on tx finds the recent tail in time proportional to the tail: tx grows, so inserts append to its
-- right edge like the primary key's. (A BRIN index was tried first: it is scanned whole, ~25,000 ranges at 10M rows,
-- which added 6-9 ms to every check; docs/benchmarks.md, issue 9.)
alter table stock_movement add column tx bigint not null default (pg_current_xact_id()::text::bigint);
create index stock_movement_tx on stock_movement (tx);

-- Up to where a brand's checkpoints reach: every checkpoint row of the brand holds the sums of exactly the
-- movements of its balance with tx < horizon; a balance without a row has none there. Advancing the horizon
-- reads only the movements since and rewrites only the rows of balances that moved (StockCheckpoints).
create table stock_checkpoint_horizon (
    tenant_id   uuid        primary key references tenant (id),
    horizon     bigint      not null,
    movements   bigint      not null,
    advanced_at timestamptz not null
);

-- Per balance: the sums of its movements below the brand's horizon. Written only by reconciliation, never by a sale.
create table stock_checkpoint (
    tenant_id   uuid        not null references tenant (id),
    sku_id      uuid        not null,
    location_id uuid        not null,
    on_hand     bigint      not null,
    reserved    bigint      not null,
    movements   bigint      not null,
    -- when a full re-verification last recomputed these sums from the whole history (null: only ever advanced)
    verified_at timestamptz,
    primary key (tenant_id, sku_id, location_id)
);
create index stock_checkpoint_location on stock_checkpoint (tenant_id, location_id);

-- The database cluster the horizons belong to: transaction ids restart in a restored copy, so its checkpoints
-- are dropped and rebuilt there (StockCheckpoints.ensureSameCluster).
create table stock_checkpoint_cluster (
    only_row          boolean primary key default true check (only_row),
    system_identifier text not null
);

-- A full re-verification of a brand's ledger: resumable from its position, claimed by one server at a time.
create table stock_verification (
    id               uuid primary key,
    tenant_id        uuid        not null references tenant (id),
    status           text        not null check (status in ('RUNNING', 'DONE')),
    requested_by     text        not null,
    balances_total   int         not null,
    balances_done    int         not null,
    movements_read   bigint      not null,
    differences      int         not null,
    after_sku        uuid,
    after_location   uuid,
    lease_owner      text,
    lease_until      timestamptz,
    started_at       timestamptz not null,
    updated_at       timestamptz not null,
    finished_at      timestamptz
);
create unique index stock_verification_running on stock_verification (tenant_id) where status = 'RUNNING';
create index stock_verification_latest on stock_verification (tenant_id, started_at desc);

-- What a re-verification found: a balance that is not the sum of its ledger, or a checkpoint that was not.
create table stock_verification_finding (
    verification_id uuid   not null references stock_verification (id),
    sku_id          uuid   not null,
    location_id     uuid   not null,
    subject         text   not null check (subject in ('BALANCE', 'CHECKPOINT')),
    on_hand         bigint not null,
    reserved        bigint not null,
    ledger_on_hand  bigint not null,
    ledger_reserved bigint not null,
    primary key (verification_id, subject, sku_id, location_id)
);

-- Balances are listed by id within a place; the old index had no id, so a store's first page sorted all its rows.
drop index stock_balance_location;
create index stock_balance_location on stock_balance (tenant_id, location_id, id);
