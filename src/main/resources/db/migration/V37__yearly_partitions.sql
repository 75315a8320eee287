-- History at scale (issue 9, decision 0015): the stock ledger and the audit trail are partitioned by calendar year
-- (UTC) of their id. Ids are UUIDv7 (io.oneshelf.platform.Ids): the first 48 bits are the creation time in
-- milliseconds, so a year is a range of ids, the primary key (id) and the foreign key on corrects_id stay as they
-- are, and a list that filters on an id range (TimeWindow) reads only the years it covers. Years, not months:
-- every query pays for each partition it does not prune (planning, locks), and months made the lists 2-28 times
-- slower (bench/ledger-growth) for no gain on insert.
--
-- The existing table becomes the partition "<table>_history" for everything before next year, without copying a
-- row: its indexes, constraints and rows are kept and attached. From next year on there is one partition per year,
-- the next one always ready: created here and then by io.oneshelf.platform.db.YearlyPartitions (at start-up and
-- every few hours), so an insert never finds its year missing. A closed year can be detached and archived whole.

-- The smallest UUIDv7 of a moment: its milliseconds, then zeros. uuid compares bytewise, so ids made at or after t
-- are >= this, and ids made before t are below it.
create function uuid7_floor(t timestamptz) returns uuid language sql immutable strict parallel safe as $$
    select (lpad(to_hex(floor(extract(epoch from t) * 1000)::bigint), 12, '0') || '00000000000000000000')::uuid
$$;

-- Makes sure the calendar year (UTC) has a partition of `parent` named "<parent>_YYYY", unless another partition (the
-- history) already covers it. True if it created one. Callers that may run at the same time hold an advisory lock
-- (YearlyPartitions); the creation takes a short exclusive lock on the parent.
create function create_year_partition(parent regclass, year int) returns boolean language plpgsql as $$
declare
    first  date := make_date(year, 1, 1);
    nsp    text;
    rel    text;
    name   text;
begin
    select n.nspname, c.relname into nsp, rel
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = parent;
    name := rel || '_' || year;
    if exists (select from pg_inherits i join pg_class c on c.oid = i.inhrelid
               where i.inhparent = parent and c.relname = name) then
        return false;
    end if;
    execute format('create table %I.%I partition of %I.%I for values from (%L) to (%L)', nsp, name, nsp, rel,
                   uuid7_floor(first::timestamp at time zone 'UTC'),
                   uuid7_floor((first + interval '1 year')::timestamp at time zone 'UTC'));
    return true;
exception
    when invalid_object_definition then -- "would overlap partition": the history (or an older layout) covers it
        return false;
end $$;

-- ---------------------------------------------------------------------------------------------------- stock_movement

alter table stock_movement rename to stock_movement_history;
alter index stock_movement_pkey rename to stock_movement_history_pkey;
alter index stock_movement_key rename to stock_movement_history_key;
alter index stock_movement_location rename to stock_movement_history_location;
alter index stock_movement_tx rename to stock_movement_history_tx;
-- pointed at the old table itself; the partitioned table's own foreign key takes its place
alter table stock_movement_history drop constraint stock_movement_corrects_id_fkey;
alter table stock_movement_history rename constraint stock_movement_tenant_id_fkey to stock_movement_history_tenant_id_fkey;
-- the partitioned table's trigger is cloned onto every partition, this one included
drop trigger stock_movement_append_only on stock_movement_history;

-- Insert-only: a correction is a new row pointing at the one it corrects (corrects_id).
create table stock_movement (
    like stock_movement_history including defaults including constraints,
    primary key (id),
    constraint stock_movement_tenant_id_fkey foreign key (tenant_id) references tenant (id),
    constraint stock_movement_corrects_id_fkey foreign key (corrects_id) references stock_movement (id)
) partition by range (id);
create index stock_movement_key on stock_movement (tenant_id, sku_id, location_id, id);
create index stock_movement_location on stock_movement (tenant_id, location_id, id);
create index stock_movement_tx on stock_movement (tx);
create trigger stock_movement_append_only before update or delete on stock_movement
    for each row execute function stock_movement_is_append_only();

-- ------------------------------------------------------------------------------------------------------- audit_event

alter table audit_event rename to audit_event_history;
alter index audit_event_pkey rename to audit_event_history_pkey;
alter index audit_event_tenant rename to audit_event_history_tenant;

create table audit_event (
    like audit_event_history including defaults including constraints,
    primary key (id)
) partition by range (id);
create index audit_event_tenant on audit_event (tenant_id, id desc);

-- --------------------------------------------------------------------------------- the history, then year by year

do $$
declare
    next_year int := extract(year from now() at time zone 'UTC')::int + 1;
    t         text;
begin
    foreach t in array array['stock_movement', 'audit_event'] loop
        -- the existing indexes match the partitioned table's, so they are attached rather than built again
        execute format('alter table %I attach partition %I for values from (minvalue) to (%L)', t, t || '_history',
                       uuid7_floor(make_date(next_year, 1, 1)::timestamp at time zone 'UTC'));
        perform create_year_partition(t::regclass, next_year);
    end loop;
end $$;
