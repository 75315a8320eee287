-- The search text of a product is rebuilt from its SKUs (V30) once per SKU written, looking the SKUs up by
-- spu_id alone: without this index every rebuild read the whole sku table, and creating a product of 400 SKUs
-- in a catalog of 10,000 took about 10 s instead of a fraction of one.
create index sku_spu on sku (spu_id);
