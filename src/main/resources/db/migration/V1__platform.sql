-- Platform: secrets generated once per database, idempotency keys, audit trail.

create table platform_secret (
    name  text primary key,
    value text not null
);

create table idempotency_record (
    tenant_id       uuid        not null,
    actor_id        uuid        not null,
    idem_key        text        not null,
    request_hash    text        not null,
    response_status int,
    content_type    text,
    location        text,
    response_body   bytea,
    created_at      timestamptz not null,
    primary key (tenant_id, actor_id, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);

create table audit_event (
    id          uuid primary key,
    tenant_id   uuid        not null,
    occurred_at timestamptz not null,
    actor_id    uuid,
    actor_name  text,
    action      text        not null,
    entity_type text        not null,
    entity_id   uuid,
    before      jsonb,
    after       jsonb,
    request_id  text
);
create index audit_event_tenant on audit_event (tenant_id, id desc);
