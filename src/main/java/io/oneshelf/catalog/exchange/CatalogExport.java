package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.ListPrices;
import io.oneshelf.catalog.product.ProductSearch;
import io.oneshelf.catalog.product.ProductSearch.ProductSummary;
import io.oneshelf.catalog.product.SpecAttribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The brand's products as sheet rows, one per SKU, chosen with the filters of the product list (the same
 * {@link ProductSearch}), in the layout the import reads. Spec values follow the order of the product's spec
 * attributes, so that a re-import into an empty brand generates the same variants in the same order.
 */
@Component
class CatalogExport {

    private static final int BATCH = 500;

    private final ProductSearch search;
    private final ListPrices prices;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogExport(ProductSearch search, ListPrices prices, JdbcClient jdbc, JsonMapper json) {
        this.search = search;
        this.prices = prices;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Hands the rows over a page of products at a time, so that a large catalog is never in memory at once. */
    void rows(UUID tenant, ProductSearch.Filter filter, boolean withPrices,
              Consumer<List<Map<SheetColumn, String>>> pages) {
        UUID after = new UUID(0, 0);
        List<ProductSummary> page;
        do {
            page = search.find(tenant, filter, after, BATCH);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
                pages.accept(rowsOf(tenant, page.stream().map(ProductSummary::id).toList(), withPrices));
            }
        } while (page.size() == BATCH);
    }

    private List<Map<SheetColumn, String>> rowsOf(UUID tenant, List<UUID> productIds, boolean withPrices) {
        List<UUID> skuIds = new ArrayList<>();
        List<Map<SheetColumn, String>> rows = jdbc.sql("""
                select s.code, s.name, c.code as category_code, b.code as brand_code, s.unit,
                       s.spec_attributes::text as attributes, s.channels, s.status, k.id as sku_id,
                       k.code as sku_code, k.specs::text as specs,
                       array(select x.code from barcode x where x.tenant_id = k.tenant_id and x.sku_id = k.id
                             order by x.code) as barcodes
                from spu s join sku k on k.spu_id = s.id and k.tenant_id = s.tenant_id
                     join category c on c.id = s.category_id and c.tenant_id = s.tenant_id
                     left join product_brand b on b.id = s.brand_id and b.tenant_id = s.tenant_id
                where s.tenant_id = :tenant and s.id = any(:products)
                order by s.id, k.created_at, k.code""")
                .param("tenant", tenant).param("products", productIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    skuIds.add(rs.getObject("sku_id", UUID.class));
                    Map<SheetColumn, String> row = new EnumMap<>(SheetColumn.class);
                    row.put(SheetColumn.PRODUCT_CODE, rs.getString("code"));
                    row.put(SheetColumn.PRODUCT_NAME, rs.getString("name"));
                    row.put(SheetColumn.CATEGORY_CODE, rs.getString("category_code"));
                    row.put(SheetColumn.BRAND_CODE, rs.getString("brand_code") == null ? ""
                            : rs.getString("brand_code"));
                    row.put(SheetColumn.UNIT, rs.getString("unit"));
                    row.put(SheetColumn.SPECS, SheetValues.specs(ordered(rs.getString("specs"),
                            rs.getString("attributes"))));
                    row.put(SheetColumn.SKU_CODE, rs.getString("sku_code"));
                    row.put(SheetColumn.BARCODES, String.join(";", (String[]) rs.getArray("barcodes").getArray()));
                    row.put(SheetColumn.CHANNELS, SheetValues.channels(channels(
                            (String[]) rs.getArray("channels").getArray())));
                    row.put(SheetColumn.STATUS, rs.getString("status"));
                    return row;
                }).list();
        Map<UUID, Long> listPrices = withPrices ? prices.standing(tenant, skuIds) : Map.of();
        for (int i = 0; i < rows.size(); i++) {
            Long fen = listPrices.get(skuIds.get(i));
            rows.get(i).put(SheetColumn.LIST_PRICE, fen == null ? "" : SheetValues.yuan(fen));
        }
        return rows;
    }

    private Map<String, String> ordered(String specs, String attributes) {
        Map<String, String> values = json.readValue(specs, new TypeReference<Map<String, String>>() { });
        List<SpecAttribute> order = json.readValue(attributes, new TypeReference<List<SpecAttribute>>() { });
        Map<String, String> ordered = new LinkedHashMap<>();
        order.forEach(a -> {
            if (values.containsKey(a.name())) {
                ordered.put(a.name(), values.get(a.name()));
            }
        });
        values.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Set<SalesChannel> channels(String[] names) {
        Set<SalesChannel> set = EnumSet.noneOf(SalesChannel.class);
        for (String name : names) {
            set.add(SalesChannel.valueOf(name));
        }
        return set;
    }
}
