package io.oneshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Named factories for catalog API tests. */
public final class CatalogFixture {

    private static final AtomicLong barcodeSequence = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private CatalogFixture() {
    }

    /** A fresh, valid EAN-13 (prefix 2, in-store numbers) with its GS1 check digit computed here, independently. */
    public static String anEan13() {
        String payload = "2" + String.format("%011d", barcodeSequence.incrementAndGet() % 100_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (payload.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return payload + (10 - sum % 10) % 10;
    }

    public static String aCategory(Api api, String token, String code, String name, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        Reply reply = api.post("/api/v1/categories", token, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    /** 珍珠奶茶 in 杯型 × 溫度: four SKUs, the large hot one with the given barcode. */
    public static Map<String, Object> aMilkTea(String code, String categoryId, String largeHotBarcode) {
        return Map.of("code", code, "name", "珍珠奶茶", "categoryId", categoryId, "unit", "杯",
                "channels", List.of("POS", "ONLINE_MALL"),
                "specAttributes", List.of(Map.of("name", "杯型", "values", List.of("中杯", "大杯")),
                        Map.of("name", "溫度", "values", List.of("冰", "熱"))),
                "skus", List.of(Map.of("specs", Map.of("杯型", "大杯", "溫度", "熱"), "code", code + "-LH",
                        "barcodes", List.of(largeHotBarcode))));
    }

    public static Reply aProduct(Api api, String token, Map<String, Object> body) {
        Reply reply = api.post("/api/v1/products", token, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
