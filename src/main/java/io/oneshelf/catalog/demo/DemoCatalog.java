package io.oneshelf.catalog.demo;

import io.oneshelf.catalog.demo.DemoMenu.Item;
import io.oneshelf.catalog.demo.DemoMenu.Line;
import io.oneshelf.catalog.product.BarcodePolicy;
import io.oneshelf.catalog.product.SkuMatrix;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Ids;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives the demo brand its catalog once: the {@link DemoMenu} with generated SKUs, EAN-13 barcodes, list prices,
 * GOLD member prices and a few online-mall prices, every product on shelf. Runs after org's demo brand (order 2)
 * and before the demo stock (3); does nothing when the brand already has categories.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "oneshelf.demo.enabled", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

    /** Made in the shop (693…) or packaged goods (690…); a serial number follows, then the check digit. */
    private static final String MADE_HERE = "6931234";
    private static final String PACKAGED = "6901234";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final Brands brands;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    DemoCatalog(Brands brands, JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.brands = brands;
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(tenant -> {
            long started = System.nanoTime();
            Integer skus = transactions.execute(tx -> seedOnce(tenant));
            if (skus != null && skus > 0) {
                log.info("Demo catalog created: {} SKUs in {} ms", skus, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private int seedOnce(UUID tenant) {
        boolean seeded = jdbc.sql("select exists(select 1 from category where tenant_id = :tenant)")
                .param("tenant", tenant).query(Boolean.class).single();
        if (seeded) {
            return 0;
        }
        Map<String, UUID> categories = categories(tenant);
        Map<String, UUID> productBrands = productBrands(tenant);
        DemoRows rows = new DemoRows(json);
        Map<String, Integer> numbers = new HashMap<>();
        for (Line line : DemoMenu.LINES) {
            for (Item item : line.items()) {
                int number = numbers.merge(line.codePrefix(), 1, Integer::sum);
                String code = line.codePrefix() + String.format("%02d", number);
                UUID product = rows.product(code, item.name(), categories.get(line.category()),
                        productBrands.get(line.brand()), line);
                skus(rows, line, item, product, code);
            }
        }
        rows.write(jdbc, tenant);
        return rows.skuCount();
    }

    private void skus(DemoRows rows, Line line, Item item, UUID product, String code) {
        List<SkuDraft> drafts = SkuMatrix.generate(code, item.name(), line.specs(), List.of());
        for (SkuDraft draft : drafts) {
            int price = priceIndex(line, item, draft);
            long listFen = item.prices()[price];
            UUID sku = rows.sku(product, draft, barcode(line, rows.skuCount() + 1), listFen);
            if (line.goldPercent() > 0) {
                rows.tierPrice(sku, DemoMenu.GOLD, listFen * line.goldPercent() / 100 / 100 * 100);
            }
            if (item.online().length > 0) {
                rows.onlinePrice(sku, item.online()[price]);
            }
        }
    }

    /** Which of the item's prices a SKU takes: the position of its value of the first spec attribute. */
    private static int priceIndex(Line line, Item item, SkuDraft draft) {
        if (item.prices().length == 1) {
            return 0;
        }
        List<String> values = line.specs().get(0).values();
        if (values.size() != item.prices().length) {
            throw new IllegalStateException(item.name() + " needs one price or one per " + values);
        }
        return values.indexOf(draft.specs().get(line.specs().get(0).name()));
    }

    private static String barcode(Line line, int serial) {
        boolean packaged = line.category().equals("TEA") || line.category().equals("MERCH");
        String payload = (packaged ? PACKAGED : MADE_HERE) + String.format("%05d", serial);
        return payload + BarcodePolicy.checkDigit(payload);
    }

    private Map<String, UUID> categories(UUID tenant) {
        Map<String, UUID> ids = new HashMap<>();
        int order = 0;
        for (DemoMenu.Category c : DemoMenu.CATEGORIES) {
            UUID id = Ids.next();
            jdbc.sql("""
                    insert into category(id, tenant_id, parent_id, code, name, sort_order, created_at)
                    values (:id, :tenant, :parent, :code, :name, :sort, now())""")
                    .param("id", id).param("tenant", tenant).param("parent", ids.get(c.parent()))
                    .param("code", c.code()).param("name", c.name()).param("sort", order++)
                    .update();
            ids.put(c.code(), id);
        }
        return ids;
    }

    private Map<String, UUID> productBrands(UUID tenant) {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoMenu.Brand b : DemoMenu.BRANDS) {
            UUID id = Ids.next();
            jdbc.sql("insert into product_brand(id, tenant_id, code, name, created_at)"
                            + " values (:id, :t, :code, :name, now())")
                    .param("id", id).param("t", tenant).param("code", b.code()).param("name", b.name()).update();
            ids.put(b.code(), id);
        }
        return ids;
    }
}
