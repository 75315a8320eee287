-- The grams of a search text in time linear in its length (docs/decisions/0011-catalog-grams-in-linear-time.md).
--
-- V30's catalog_grams took substr(text, i, 1) and substr(text, i, 2) for every position i. Each substr walks
-- the text from its start (a UTF-8 text cannot be indexed by character), and the lower-cased text was
-- recomputed per gram, so the work grew with the square of the text: measured 0.3 s for 2,000 characters,
-- 4.7 s for 8,000. A product of 400 SKUs has a search text of about 9,000 characters, so every write of its
-- SKUs spent seconds here (the index of V31, or skipping the per-SKU refreshes, could not help).
--
-- Here the text is split into characters once, and each is paired with the next. Same result for every text:
-- the distinct characters and pairs of adjacent characters, lower-cased, none holding a line break, sorted;
-- so the stored search_grams stay valid and need no rewrite.
create or replace function catalog_grams(doc text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select c, lead(c) over (order by i) as next
          from string_to_table(lower(doc), null) with ordinality as chars(c, i)) adjacent,
         lateral (values (c), (c || next)) grams(g)
    where g is not null and position(E'\n' in g) = 0
$$;
