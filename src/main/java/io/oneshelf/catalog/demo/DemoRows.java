package io.oneshelf.catalog.demo;

import io.oneshelf.catalog.demo.DemoMenu.Line;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.platform.Ids;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Products, SKUs, barcodes and prices collected column by column, then written with one INSERT … SELECT FROM
 * unnest(…) per table, so that seeding hundreds of rows costs a handful of round trips.
 */
final class DemoRows {

    private final JsonMapper json;
    private final Columns products = new Columns(8);
    private final Columns skus = new Columns(5);
    private final Columns barcodes = new Columns(2);
    private final Columns prices = new Columns(5);

    DemoRows(JsonMapper json) {
        this.json = json;
    }

    UUID product(String code, String name, UUID category, UUID brand, Line line) {
        UUID id = Ids.next();
        String channels = line.channels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        products.add(id, code, name, category, brand, line.unit(), json.writeValueAsString(line.specs()), channels);
        return id;
    }

    /** A SKU with one barcode and its list price. */
    UUID sku(UUID product, SkuDraft draft, String barcode, long listFen) {
        UUID id = Ids.next();
        skus.add(id, product, draft.code(), draft.name(), json.writeValueAsString(draft.specs()));
        barcodes.add(barcode, id);
        prices.add(Ids.next(), id, "LIST", null, listFen);
        return id;
    }

    void tierPrice(UUID sku, String tier, long fen) {
        prices.add(Ids.next(), sku, "TIER", tier, fen);
    }

    void onlinePrice(UUID sku, long fen) {
        prices.add(Ids.next(), sku, "CHANNEL", "ONLINE_MALL", fen);
    }

    int skuCount() {
        return skus.size();
    }

    void write(JdbcClient jdbc, UUID tenant) {
        jdbc.sql("""
                insert into spu(id, tenant_id, code, name, category_id, brand_id, unit, spec_attributes, status,
                                channels, version, created_at, updated_at)
                select u.id, :tenant, u.code, u.name, u.category, u.brand, u.unit, cast(u.specs as jsonb), 'ON_SHELF',
                       string_to_array(u.channels, ','), 0, now(), now()
                from unnest(cast(:c0 as uuid[]), cast(:c1 as text[]), cast(:c2 as text[]), cast(:c3 as uuid[]),
                            cast(:c4 as uuid[]), cast(:c5 as text[]), cast(:c6 as text[]), cast(:c7 as text[]))
                     as u(id, code, name, category, brand, unit, specs, channels)""")
                .param("tenant", tenant).params(products.arrays(UUID.class, String.class, String.class, UUID.class,
                        UUID.class, String.class, String.class, String.class))
                .update();
        jdbc.sql("""
                insert into sku(id, tenant_id, spu_id, code, name, specs, status, version, created_at, updated_at)
                select u.id, :tenant, u.spu, u.code, u.name, cast(u.specs as jsonb), 'ACTIVE', 0, now(), now()
                from unnest(cast(:c0 as uuid[]), cast(:c1 as uuid[]), cast(:c2 as text[]), cast(:c3 as text[]),
                            cast(:c4 as text[])) as u(id, spu, code, name, specs)""")
                .param("tenant", tenant)
                .params(skus.arrays(UUID.class, UUID.class, String.class, String.class, String.class))
                .update();
        jdbc.sql("""
                insert into barcode(tenant_id, code, sku_id)
                select :tenant, u.code, u.sku from unnest(cast(:c0 as text[]), cast(:c1 as uuid[])) as u(code, sku)""")
                .param("tenant", tenant).params(barcodes.arrays(String.class, UUID.class))
                .update();
        jdbc.sql("""
                insert into sku_price(id, tenant_id, sku_id, kind, tier_code, channel, price_fen, created_at)
                select u.id, :tenant, u.sku, u.kind, case when u.kind = 'TIER' then u.key end,
                       case when u.kind = 'CHANNEL' then u.key end, u.fen, now()
                from unnest(cast(:c0 as uuid[]), cast(:c1 as uuid[]), cast(:c2 as text[]), cast(:c3 as text[]),
                            cast(:c4 as bigint[])) as u(id, sku, kind, key, fen)""")
                .param("tenant", tenant)
                .params(prices.arrays(UUID.class, UUID.class, String.class, String.class, Long.class))
                .update();
    }

    /** Rows of one table, kept as one list per column. */
    private static final class Columns {

        private final List<List<Object>> columns = new ArrayList<>();

        Columns(int width) {
            for (int i = 0; i < width; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i]);
            }
        }

        int size() {
            return columns.get(0).size();
        }

        /** The columns as named parameters c0, c1, … holding typed arrays. */
        Map<String, Object> arrays(Class<?>... types) {
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < types.length; i++) {
                Object[] array = (Object[]) Array.newInstance(types[i], size());
                params.put("c" + i, columns.get(i).toArray(array));
            }
            return params;
        }
    }
}
