package io.oneshelf.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Five car washes bought through a guide, redeemed at the store in part or whole, expired, refunded. */
class VoucherApiTest extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String cashier;
    private String manager;
    private UUID carWash;

    @BeforeEach
    void fiveCarWashesValidThirtyDays() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        carWash = skus.aPricedSku(brand, 9900);
        Reply plan = api.put("/api/v1/voucher-plans/" + carWash, admin, Map.of("uses", 5, "validDays", 30,
                "version", 0));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void each_unit_bought_becomes_a_voucher_and_the_order_is_handed_over() {
        String order = VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 2, UUID.randomUUID().toString());

        List<JsonNode> vouchers = vouchersOf(order, 2);

        assertThat(vouchers).allSatisfy(v -> {
            assertThat(v.get("uses").asInt()).isEqualTo(5);
            assertThat(v.get("remaining").asInt()).isEqualTo(5);
            assertThat(v.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(v.get("price").asLong()).isEqualTo(9900);
            assertThat(v.get("code").asString()).matches("\\d{12}");
            assertThat(v.get("storeId").asString()).isEqualTo(brand.storeId().toString());
            assertThat(OffsetDateTime.parse(v.get("expiresAt").asString()))
                    .isBetween(OffsetDateTime.now().plusDays(29), OffsetDateTime.now().plusDays(31));
        });
        assertThat(vouchers.get(0).get("code").asString()).isNotEqualTo(vouchers.get(1).get("code").asString());
        Eventually.until("the order handed over", WAIT, () -> api.get("/api/v1/orders/" + order, admin).body()
                .get("status").asString(), "COMPLETED"::equals);
        assertThat(api.get("/api/v1/pickups/" + order, admin).status()).isEqualTo(404);
    }

    @Test
    void the_store_redeems_part_then_the_rest_and_never_more() {
        JsonNode voucher = vouchersOf(VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1,
                UUID.randomUUID().toString()), 1).get(0);
        String code = voucher.get("code").asString();

        Reply looked = api.post("/api/v1/vouchers/lookup", cashier, Map.of("code", code));
        assertThat(looked.status()).as(looked.toString()).isEqualTo(200);
        Reply two = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", code, "uses", 2));
        assertThat(two.status()).as(two.toString()).isEqualTo(200);
        assertThat(two.body().get("remaining").asInt()).isEqualTo(3);
        Reply four = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", code, "uses", 4));
        assertThat(four.status()).isEqualTo(400);
        assertThat(four.raw()).contains("\"uses\"");
        Reply byQr = api.post("/api/v1/vouchers/redeem", cashier, Map.of("qr", voucher.get("qrContent").asString(),
                "uses", 3));
        assertThat(byQr.status()).as(byQr.toString()).isEqualTo(200);
        assertThat(byQr.body().get("status").asString()).isEqualTo("USED_UP");
        assertThat(byQr.body().get("history").size()).isEqualTo(2);
        Reply more = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", code, "uses", 1));
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.raw()).contains("\"code\"");
    }

    @Test
    void another_stores_staff_cannot_redeem_and_an_unknown_code_is_not_found() {
        String code = vouchersOf(VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1,
                UUID.randomUUID().toString()), 1).get(0).get("code").asString();
        String otherStore = api.login(brand.login("othermanager"), BrandFixture.PASSWORD);

        Reply elsewhere = api.post("/api/v1/vouchers/redeem", otherStore, Map.of("code", code, "uses", 1));
        Reply unknown = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", "000000000001", "uses", 1));
        Reply both = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", code, "qr", "x", "uses", 1));
        Reply intruder = api.post("/api/v1/vouchers/redeem",
                api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD), Map.of("code", code, "uses", 1));

        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.raw()).contains("\"code\"");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(both.status()).isEqualTo(400);
        assertThat(intruder.status()).isEqualTo(404);
        assertThat(api.post("/api/v1/vouchers/lookup", cashier, Map.of("code", code)).body().get("remaining")
                .asInt()).isEqualTo(5);
    }

    @Test
    void two_tills_redeeming_more_than_is_left_at_once_redeem_it_once() {
        String code = vouchersOf(VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1,
                UUID.randomUUID().toString()), 1).get(0).get("code").asString();

        List<CompletableFuture<Reply>> tills = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tills.add(CompletableFuture.supplyAsync(() -> api.post("/api/v1/vouchers/redeem", cashier,
                    Map.of("code", code, "uses", 3))));
        }
        List<Integer> statuses = tills.stream().map(CompletableFuture::join).map(Reply::status).sorted().toList();

        assertThat(statuses).containsExactly(200, 400);
        assertThat(api.post("/api/v1/vouchers/lookup", cashier, Map.of("code", code)).body().get("remaining")
                .asInt()).isEqualTo(2);
    }

    @Test
    void an_untouched_voucher_goes_back_as_a_return_and_a_partly_used_one_by_its_unused_share() {
        String order = VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 2, UUID.randomUUID().toString());
        List<JsonNode> vouchers = vouchersOf(order, 2);
        String untouched = vouchers.get(0).get("id").asString();
        JsonNode used = vouchers.get(1);
        api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", used.get("code").asString(), "uses", 2));

        Reply whole = api.post("/api/v1/vouchers/" + untouched + "/refund", manager, Map.of());
        Reply part = api.post("/api/v1/vouchers/" + used.get("id").asString() + "/refund", manager, Map.of());

        assertThat(whole.status()).as(whole.toString()).isEqualTo(200);
        assertThat(whole.body().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(whole.body().get("refundAmount").asLong()).isEqualTo(9900);
        assertThat(part.status()).as(part.toString()).isEqualTo(200);
        assertThat(part.body().get("refundAmount").asLong()).isEqualTo(9900 * 3 / 5);
        assertThat(part.body().get("redeemed").asInt()).isEqualTo(2);
        Eventually.until("the order's refunds", WAIT, () -> api.get("/api/v1/orders/" + order, admin).body()
                .get("refunded").asLong(), r -> r == 9900 + 5940);
        assertThat(api.get("/api/v1/payments/check", admin).body().get("differences").size()).isZero();
        Reply again = api.post("/api/v1/vouchers/" + untouched + "/refund", manager, Map.of());
        assertThat(again.status()).isEqualTo(409);
        Reply redeem = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", used.get("code").asString(),
                "uses", 1));
        assertThat(redeem.status()).isEqualTo(409);
    }

    @Test
    void an_expired_voucher_is_not_redeemed_but_what_is_left_is_refunded() {
        JsonNode voucher = vouchersOf(VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1,
                UUID.randomUUID().toString()), 1).get(0);
        brands.jdbc().sql("update voucher set expires_at = now() - interval '1 day' where id = :id")
                .param("id", UUID.fromString(voucher.get("id").asString())).update();

        Reply redeem = api.post("/api/v1/vouchers/redeem", cashier, Map.of("code", voucher.get("code").asString(),
                "uses", 1));
        assertThat(redeem.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/vouchers/" + voucher.get("id").asString(), cashier).body().get("status")
                .asString()).isEqualTo("EXPIRED");

        Reply refund = api.post("/api/v1/vouchers/" + voucher.get("id").asString() + "/refund", manager, Map.of());
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        assertThat(refund.body().get("refundAmount").asLong()).isEqualTo(9900);
    }

    @Test
    void a_return_at_the_order_closes_an_untouched_voucher() {
        String order = VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 2, UUID.randomUUID().toString());
        vouchersOf(order, 2);

        Reply back = api.post("/api/v1/orders/" + order + "/returns", manager, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        Eventually.until("one voucher closed", WAIT, () -> vouchersOf(order, 2),
                v -> v.stream().filter(x -> x.get("status").asString().equals("REFUNDED")).count() == 1);
    }

    @Test
    void a_voucher_sells_only_as_a_voucher_and_a_voucher_order_sells_only_vouchers() {
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        UUID tea = skus.aPricedSku(brand, 1500);

        Reply pickup = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", carWash, "quantity", 1))));
        Reply teaVoucher = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "VOUCHER",
                "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 1))));

        assertThat(pickup.status()).isEqualTo(400);
        assertThat(pickup.raw()).contains("lines[0].skuId");
        assertThat(teaVoucher.status()).isEqualTo(400);
        assertThat(teaVoucher.raw()).contains("lines[0].skuId");
    }

    @Test
    void the_customer_sees_their_own_vouchers_with_a_qr_image() {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        String order = VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1, shopper.customerId().toString());
        String id = vouchersOf(order, 1).get(0).get("id").asString();

        JsonNode mine = api.get(shopper.path("/me/vouchers"), shopper.accessToken()).body().get("items");
        HttpResponse<byte[]> qr = api.bytes(shopper.path("/me/vouchers/" + id + "/qr.png"),
                Map.of("Authorization", "Bearer " + shopper.accessToken()));
        Shoppers.Shopper stranger = Shoppers.aShopper(api, brand.code());

        assertThat(mine).singleElement().satisfies(v -> assertThat(v.get("id").asString()).isEqualTo(id));
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(api.get(stranger.path("/me/vouchers"), stranger.accessToken()).body().get("items").size()).isZero();
        assertThat(api.get(stranger.path("/me/vouchers/" + id + "/qr.png"), stranger.accessToken()).status())
                .isEqualTo(404);
    }

    private List<JsonNode> vouchersOf(String order, int count) {
        return Eventually.until(count + " vouchers of " + order, WAIT, () -> {
            List<JsonNode> items = new ArrayList<>();
            api.get("/api/v1/vouchers?orderId=" + order, admin).body().get("items").forEach(items::add);
            return items;
        }, items -> items.size() == count);
    }
}
