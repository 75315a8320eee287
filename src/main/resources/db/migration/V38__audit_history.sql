-- Histories at scale (issue 9): every list of a table that only grows walks one index in id order (ids are UUIDv7,
-- so id order is time order and a time filter is an id range) and stops after a page, whatever the filters.

-- The audit trail: one index per filter combination of GET /api/v1/audit-events (AuditEvents), each ending in id and
-- all ascending, so that one index gives the order (tenant_id, id) both ways: a list orders by the brand too, so that
-- no plan can walk the primary key instead (see AuditEvents.statement). The brand's index was (tenant_id, id desc),
-- which cannot give that order: rebuilt ascending. Plain indexes: they work the same if audit_event becomes a table
-- partitioned by range of id.
drop index if exists audit_event_tenant;
create index audit_event_tenant on audit_event (tenant_id, id);
create index audit_event_entity_type on audit_event (tenant_id, entity_type, id);
create index audit_event_action on audit_event (tenant_id, action, id);
create index audit_event_entity_type_action on audit_event (tenant_id, entity_type, action, id);
-- the history of one record: short, so the other filters are checked on its rows
create index audit_event_entity on audit_event (tenant_id, entity_id, id) where entity_id is not null;

-- Lists of documents that only grow (oldest first, as before): one index per filter, each ending in id.
create index stocktake_tenant on stocktake (tenant_id, id);
create index stocktake_status on stocktake (tenant_id, status, id);
drop index if exists replenishment_order_store;
create index replenishment_order_store on replenishment_order (tenant_id, store_id, id);
create index replenishment_order_status on replenishment_order (tenant_id, status, id);
create index stock_transfer_status on stock_transfer (tenant_id, status, id);
create index stock_transfer_from on stock_transfer (tenant_id, from_place_id, id);
create index stock_transfer_to on stock_transfer (tenant_id, to_place_id, id);

-- Refresh tokens a day past expiry are purged hourly (RefreshTokens.forgetExpired); idempotency records and nonces
-- already have their index on time.
create index refresh_token_expires on refresh_token (expires_at);
