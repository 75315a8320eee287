-- The search text of a product is rebuilt from its SKUs (V30), looking them up by spu_id alone; the existing
-- index starts with tenant_id. (Measured: this did not change the ~4 s it takes to create a product of 400 SKUs;
-- see docs/benchmarks.md.)
create index sku_spu on sku (spu_id);
