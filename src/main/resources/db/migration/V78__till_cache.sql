-- What a till caches of the catalog (decision 0046): a till that was offline asks for the SKUs changed since its
-- last snapshot. A SKU changes for a till when its own row, its product's name, shelf status or channels, its
-- barcodes or its price rows are written. sku.updated_at tells only the first (a barcode or a price row is its own
-- table, and a price change deletes and inserts rows), so feed_at records the latest of all of them, stamped by
-- the database on every path that writes them (the API, the sheet import, the demo data).
alter table sku add column feed_at timestamptz;
update sku set feed_at = updated_at;
alter table sku alter column feed_at set not null, alter column feed_at set default now();
create index sku_feed on sku (tenant_id, feed_at);

create function sku_feed_stamp() returns trigger
    language plpgsql
as $$
begin
    new.feed_at := now();
    return new;
end
$$;

create trigger sku_feed_stamp
    before insert or update on sku
    for each row execute function sku_feed_stamp();

-- Statement-level with transition tables: a price sheet of 10,000 rows touches each SKU once per statement, and
-- "feed_at < now()" skips a SKU already touched by this transaction (now() is the transaction's start), so that
-- the delete-and-insert of a SKU's price rows writes its row once.
create function sku_feed_touch_rows() returns trigger
    language plpgsql
as $$
begin
    update sku set feed_at = now()
    where id in (select distinct sku_id from touched) and feed_at < now();
    return null;
end
$$;

create trigger barcode_feed_added after insert on barcode
    referencing new table as touched for each statement execute function sku_feed_touch_rows();
create trigger barcode_feed_removed after delete on barcode
    referencing old table as touched for each statement execute function sku_feed_touch_rows();
create trigger barcode_feed_moved after update on barcode
    referencing new table as touched for each statement execute function sku_feed_touch_rows();
create trigger sku_price_feed_added after insert on sku_price
    referencing new table as touched for each statement execute function sku_feed_touch_rows();
create trigger sku_price_feed_removed after delete on sku_price
    referencing old table as touched for each statement execute function sku_feed_touch_rows();
create trigger sku_price_feed_changed after update on sku_price
    referencing new table as touched for each statement execute function sku_feed_touch_rows();

-- A product's name (each SKU shows it), shelf status and channels concern its SKUs; other writes of the product
-- (its description, its search text) do not.
create function sku_feed_touch_products() returns trigger
    language plpgsql
as $$
begin
    update sku set feed_at = now()
    where spu_id in (select a.id from after_rows a join before_rows b on b.id = a.id
                     where a.name is distinct from b.name or a.status is distinct from b.status
                        or a.channels is distinct from b.channels)
      and feed_at < now();
    return null;
end
$$;

create trigger spu_feed_touched after update on spu
    referencing old table as before_rows new table as after_rows
    for each statement execute function sku_feed_touch_products();

-- Price rows that start or end between two snapshots change the price without a write: found by their periods.
create index sku_price_starts on sku_price (tenant_id, valid_from) where valid_from is not null;
create index sku_price_ends on sku_price (tenant_id, valid_to) where valid_to is not null;
