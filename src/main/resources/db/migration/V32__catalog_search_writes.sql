-- Writing a product's SKUs in time linear in their number (docs/decisions/0011-catalog-search-writes-in-linear-time.md).
-- Measured: creating a product of 400 SKUs through the API took 3.8-4.4 s with V30's definitions (25 SKUs:
-- 0.17 s); of the 2.2 s the deferred triggers of one transaction inserting 400 SKUs took, 2.0 s went into
-- catalog_grams and 0.2 s into checking the search text once per SKU. After V32: about 0.1 s and 16 ms.

-- 1. V30's catalog_grams took substr(text, i, 1) and substr(text, i, 2) for every position i. Each substr walks
-- the text from its start (a UTF-8 text cannot be indexed by character) and the lower-cased text was computed
-- again for each gram, so the work grew with the square of the text: 0.3 s for 2,000 characters, 4.7 s for
-- 8,000. The search text of a product of 400 SKUs is about 9,000 characters long, so every write of its SKUs
-- spent seconds here, however rarely the text was rebuilt (which is why V31's index, and skipping the rebuild
-- per SKU, did not help). Here the text is split into characters once and each is paired with the next; 16 ms
-- for 8,000 characters. The result is the same for every text (the distinct characters and pairs of adjacent
-- characters, lower-cased, none holding a line break, sorted), so the stored search_grams stay valid.
create or replace function catalog_grams(doc text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select c, lead(c) over (order by i) as next
          from string_to_table(lower(doc), null) with ordinality as chars(c, i)) adjacent,
         lateral (values (c), (c || next)) grams(g)
    where g is not null and position(E'\n' in g) = 0
$$;

-- 2. V30 deferred one refresh per SKU written to the commit; the first rebuilt the text, and each of the others
-- rebuilt it again only to find it right: 400 x 400 SKU rows read for a product of 400 SKUs. Now a SKU write
-- only notes its product, once per transaction, in this table, and the note's own deferred trigger rebuilds
-- the text once at the commit (or at SET CONSTRAINTS ... IMMEDIATE; a SKU written after that notes the
-- product again). Notes live only inside their transaction (the trigger deletes them), so the table is empty
-- between transactions and unlogged: nothing in it has to survive a crash. Keyed by transaction too, so that
-- two transactions writing SKUs of one product do not wait for each other here.
create unlogged table catalog_search_pending (
    xact    xid8 not null,
    product uuid not null,
    primary key (xact, product)
);

create or replace function sku_search_text() returns trigger
    language plpgsql
as $$
begin
    if tg_op <> 'DELETE' then
        insert into catalog_search_pending values (pg_current_xact_id(), new.spu_id) on conflict do nothing;
    end if;
    if tg_op = 'DELETE' or tg_op = 'UPDATE' and old.spu_id <> new.spu_id then
        insert into catalog_search_pending values (pg_current_xact_id(), old.spu_id) on conflict do nothing;
    end if;
    return null;
end
$$;

drop trigger sku_search_text on sku;
create trigger sku_search_text
    after insert or delete or update of name, code, spu_id on sku
    for each row execute function sku_search_text();

create function catalog_search_pending_refresh() returns trigger
    language plpgsql
as $$
begin
    delete from catalog_search_pending where xact = new.xact and product = new.product;
    perform catalog_refresh_search_text(new.product);
    return null;
end
$$;

create constraint trigger catalog_search_pending_refresh
    after insert on catalog_search_pending
    deferrable initially deferred
    for each row execute function catalog_search_pending_refresh();
