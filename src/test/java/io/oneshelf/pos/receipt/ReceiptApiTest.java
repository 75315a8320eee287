package io.oneshelf.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ReceiptApiTest extends ApiTest {

    private static final String STORE_NAME = "一茶一坐 南京西路店";

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String cashier;
    private Shoppers.Shopper member;
    private String orderId;

    @BeforeEach
    void aMembersTillSaleWithAPromotionPaidInCashAndByCard() {
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), "Passw0rd!");
        cashier = api.login(brand.login("cashier"), "Passw0rd!");
        brands.jdbc().sql("update store set name = :n, address = '上海市静安区南京西路 1266 号' where id = :id")
                .param("n", STORE_NAME).param("id", brand.storeId()).update();
        UUID tea = skus.aPricedSku(brand, 6000);
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 5).status()).isEqualTo(201);
        Reply promotion = api.post("/api/v1/promotions", admin, Map.of("name", "满100减10", "kind",
                "FULL_REDUCTION", "tiers", List.of(Map.of("threshold", 10000, "off", 1000)), "skuIds", List.of(tea),
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2036-01-01T00:00:00Z"));
        assertThat(promotion.status()).as(promotion.toString()).isEqualTo(201);
        member = Shoppers.aShopper(api, brand.code());
        Reply sale = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", member.customerId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 2)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 5000, "cashTendered", 6000),
                        Map.of("tender", "CARD", "amount", 6000, "cardReference", "T-88"))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        orderId = sale.id();
    }

    @Test
    void the_receipt_tells_store_cashier_member_lines_discount_and_each_tender_with_its_change() {
        Reply reply = api.get("/api/v1/pos/receipts/" + orderId, cashier);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode receipt = reply.body();
        assertThat(receipt.get("storeName").asString()).isEqualTo(STORE_NAME);
        assertThat(receipt.get("storeAddress").asString()).isEqualTo("上海市静安区南京西路 1266 号");
        assertThat(receipt.get("number").asString()).isNotBlank();
        assertThat(receipt.get("createdAt").asString()).endsWith("+08:00");
        assertThat(receipt.get("staffName").asString()).isNotBlank();
        assertThat(receipt.get("customer").get("phone").asString())
                .isEqualTo(member.phone().substring(0, 3) + "****" + member.phone().substring(7));
        JsonNode line = receipt.get("lines").get(0);
        assertThat(List.of(line.get("quantity").asLong(), line.get("unitPrice").asLong(), line.get("amount").asLong(),
                line.get("discount").asLong())).containsExactly(2L, 6000L, 12000L, 1000L);
        assertThat(receipt.get("goodsAmount").asLong()).isEqualTo(12000);
        assertThat(receipt.get("discountAmount").asLong()).isEqualTo(1000);
        assertThat(receipt.get("total").asLong()).isEqualTo(11000);
        assertThat(receipt.get("discounts").get(0).get("name").asString()).isEqualTo("满100减10");
        JsonNode tenders = receipt.get("tenders");
        assertThat(tenders.get(0).get("tender").asString()).isEqualTo("CASH");
        assertThat(tenders.get(0).get("amount").asLong()).isEqualTo(5000);
        assertThat(tenders.get(0).get("change").asLong()).isEqualTo(1000);
        assertThat(tenders.get(1).get("tender").asString()).isEqualTo("CARD");
        assertThat(tenders.get(1).get("amount").asLong()).isEqualTo(6000);
        assertThat(tenders.get(1).get("change").isNull()).isTrue();
        assertThat(receipt.get("eReceiptUrl").asString())
                .endsWith("/shop.html#/" + brand.code() + "/orders/" + orderId);
    }

    @Test
    void the_printed_receipt_is_escpos_in_gb18030_with_the_store_name_and_the_cut() {
        for (int width : new int[] {58, 80}) {
            HttpResponse<byte[]> printed = api.bytes("/api/v1/pos/receipts/" + orderId + "/escpos?width=" + width,
                    Map.of("Authorization", "Bearer " + cashier));

            assertThat(printed.statusCode()).isEqualTo(200);
            assertThat(printed.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            byte[] bytes = printed.body();
            assertThat(Arrays.copyOfRange(bytes, 0, 4)).isEqualTo(new byte[] {0x1B, '@', 0x1C, '&'});
            assertThat(new String(bytes, EscPos.GB18030)).contains(STORE_NAME, "满100减10", "找零")
                    .contains("-".repeat(width == 58 ? 32 : 48) + "\n");
            assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length))
                    .isEqualTo(new byte[] {0x1D, 'V', 66, 0});
        }
    }

    @Test
    void the_receipt_shows_the_points_the_members_sale_earns_before_and_after_they_are_posted() {
        // ¥110.00 paid for goods at the default rule (1 point a yuan): what the earn will post, then what it posted
        Reply atOnce = api.get("/api/v1/pos/receipts/" + orderId, cashier);
        Eventually.until("the sale's points to be posted", Duration.ofSeconds(20),
                () -> brands.jdbc().sql("select count(*) from points_entry where order_id = :o and kind = 'EARN'")
                        .param("o", UUID.fromString(orderId)).query(Long.class).single(), n -> n == 1);
        Reply posted = api.get("/api/v1/pos/receipts/" + orderId, cashier);
        HttpResponse<byte[]> printed = api.bytes("/api/v1/pos/receipts/" + orderId + "/escpos?width=58",
                Map.of("Authorization", "Bearer " + cashier));

        assertThat(atOnce.body().get("pointsEarned").asLong()).isEqualTo(110);
        assertThat(posted.body().get("pointsEarned").asLong()).isEqualTo(110);
        assertThat(new String(printed.body(), EscPos.GB18030)).contains("本单积分").contains("+110");
        // sold from the console, not at a till: no till to name
        assertThat(posted.body().get("tillName").isNull()).isTrue();
    }

    @Test
    void a_paper_width_other_than_58_or_80_is_refused_on_width() {
        Reply reply = api.get("/api/v1/pos/receipts/" + orderId + "/escpos?width=76", cashier);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("\"width\"");
    }

    @Test
    void the_qr_image_reads_as_the_e_receipt_address() throws Exception {
        String url = api.get("/api/v1/pos/receipts/" + orderId, cashier).body().get("eReceiptUrl").asString();
        HttpResponse<byte[]> png = api.bytes("/api/v1/pos/receipts/" + orderId + "/qr.png?size=240",
                Map.of("Authorization", "Bearer " + cashier));

        assertThat(png.statusCode()).isEqualTo(200);
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(read).isEqualTo(url);
    }

    @Test
    void staff_of_another_store_or_brand_do_not_find_the_receipt() {
        Brand other = brands.aBrand();
        String stranger = api.login(other.login("admin"), "Passw0rd!");
        brands.aStaffMember(brand, "cashier2", "CASHIER", "STORE", brand.otherStoreId());
        String otherStoresCashier = api.login(brand.login("cashier2"), "Passw0rd!");

        assertThat(api.get("/api/v1/pos/receipts/" + orderId, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pos/receipts/" + orderId, otherStoresCashier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pos/receipts/" + orderId + "/escpos", otherStoresCashier).status())
                .isEqualTo(404);
    }
}
