-- Catalog search for Chinese names (docs/decisions/0010-catalog-search.md).
--
-- pg_trgm cannot serve the searches Chinese users type: a fragment of one or two characters (茶, 奶茶) yields no
-- trigram, so every such search read all SKUs; and in a database whose LC_CTYPE is C, pg_trgm drops Chinese
-- characters altogether. So every product carries one search text (its name and code and its SKUs' names and
-- codes, lower-cased) and the set of its characters and character pairs (grams), indexed by GIN: a fragment of
-- one character is found by that character, a longer one by all its pairs, then confirmed by LIKE on the text.
-- One row per product also lets PostgreSQL walk the products in id order and stop after one page when a
-- fragment is common, instead of collecting every match first.

-- The characters and the pairs of adjacent characters of a text, lower-cased; none spans a line break, which
-- separates the parts of a search text.
create function catalog_grams(doc text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select lower(doc) as t) d,
         lateral (select substr(d.t, i, 1) as g from generate_series(1, length(d.t)) i
                  union all
                  select substr(d.t, i, 2) from generate_series(1, length(d.t) - 1) i) grams
    where position(E'\n' in g) = 0
$$;

-- The grams a text containing the fragment must have: the character itself, or every pair of the fragment.
create function catalog_fragment_grams(fragment text) returns text[]
    language sql immutable strict parallel safe
as $$
    select case when length(fragment) = 1 then array[lower(fragment)]
                else (select coalesce(array_agg(distinct substr(lower(fragment), i, 2)), '{}')
                      from generate_series(1, length(fragment) - 1) i) end
$$;

-- What a product is found by: its name and code, and its SKUs' names and codes, one per line, lower-cased.
create function catalog_search_text(product uuid, name text, code text) returns text
    language sql stable
as $$
    select lower(name || E'\n' || code || coalesce(
        (select string_agg(E'\n' || k.name || E'\n' || k.code, '' order by k.id) from sku k where k.spu_id = product),
        ''))
$$;

alter table spu add column search_text text not null default '';
alter table spu add column search_grams text[] generated always as (catalog_grams(search_text)) stored;

-- Triggers keep the search text right whoever writes products and SKUs (the product service, the demo data,
-- imports): a search that misses a product is a bug nobody notices.
create function spu_search_text() returns trigger
    language plpgsql
as $$
begin
    new.search_text := catalog_search_text(new.id, new.name, new.code);
    return new;
end
$$;

create trigger spu_search_text
    before insert or update of name, code on spu
    for each row execute function spu_search_text();

-- Rebuilds a product's search text from its SKUs, unless it is right already.
create function catalog_refresh_search_text(product uuid) returns void
    language sql volatile
as $$
    update spu s set search_text = catalog_search_text(s.id, s.name, s.code)
    where s.id = product and s.search_text is distinct from catalog_search_text(s.id, s.name, s.code)
$$;

create function sku_search_text() returns trigger
    language plpgsql
as $$
begin
    if tg_op <> 'DELETE' then
        perform catalog_refresh_search_text(new.spu_id);
    end if;
    if tg_op = 'DELETE' or tg_op = 'UPDATE' and old.spu_id <> new.spu_id then
        perform catalog_refresh_search_text(old.spu_id);
    end if;
    return null;
end
$$;

-- Deferred to the commit, so that a product created with its SKUs in one transaction is rewritten once, by the
-- first of its SKUs' triggers; the others find its text right already.
create constraint trigger sku_search_text
    after insert or delete or update of name, code, spu_id on sku
    deferrable initially deferred
    for each row execute function sku_search_text();

update spu set search_text = catalog_search_text(id, name, code);

-- Without a pending list (fastupdate): every search would read the whole list of recent, unsorted entries, up
-- to 4 MB after a bulk import, until the next vacuum; product writes are few, searches many.
create index spu_search_grams on spu using gin (search_grams) with (fastupdate = off);
-- Pages of a tenant's products in id order (the cursor), without reading other tenants' rows.
create index spu_tenant_id on spu (tenant_id, id);
-- A category's products in one status (the console's filter, a shop's shelf) without reading the others: the
-- products on shelf in a small category were found by walking thousands of products.
create index spu_tenant_category_status on spu (tenant_id, category_id, status, id);
drop index spu_tenant_category;

-- The trigram indexes of V3 and V5 served only the product search; every SKU written paid for four of them.
drop index spu_name_trgm;
drop index spu_code_trgm;
drop index sku_name_trgm;
drop index sku_code_trgm;
