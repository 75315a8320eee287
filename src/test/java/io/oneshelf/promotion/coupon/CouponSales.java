package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the coupon checkout tests share: SKUs in stock at the brand's store, a till sale, a coupon's status. */
final class CouponSales {

    private CouponSales() {
    }

    /** A SKU at {@code price} fen with 50 in the brand's store. */
    static UUID stocked(Api api, SkuFixture skus, Brand brand, String admin, long price) {
        UUID sku = skus.aPricedSku(brand, price);
        Reply receipt = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 50));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        return sku;
    }

    /** A till sale to {@code customer} of {@code lines} with the coupons, paid {@code total} in cash. */
    static Map<String, Object> sale(Brand brand, UUID customer, List<UUID> coupons, List<Map<String, Object>> lines,
                                    long total) {
        return Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", brand.storeId(), "customerId", customer,
                "couponIds", coupons, "lines", lines,
                "tenders", List.of(Map.of("tender", "CASH", "amount", total, "cashTendered", total)));
    }

    static Map<String, Object> line(UUID sku, int quantity) {
        return Map.of("skuId", sku, "quantity", quantity);
    }

    static String status(BrandFixture brands, UUID coupon) {
        return brands.jdbc().sql("select status from coupon where id = :id").param("id", coupon)
                .query(String.class).single();
    }
}
