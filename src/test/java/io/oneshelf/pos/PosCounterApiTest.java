package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.cash;
import static io.oneshelf.pos.PosClient.count;
import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import io.oneshelf.support.Api.Reply;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shift report's PDF and the store's day, held sales, audited voids and the brand's offline limits. */
class PosCounterApiTest extends PosApiTest {

    private PosClient cashier;
    private PosClient manager;

    @BeforeEach
    void theCashierAndTheManager() {
        cashier = pos.cashier();
        manager = pos.as("manager");
    }

    @Test
    void a_closed_shift_prints_as_a_pdf_in_chinese_and_counts_in_the_stores_day() throws Exception {
        String shift = pos.openShift(10_000);
        assertThat(pos.sell(UUID.randomUUID(), List.of(line(pos.tea(), 1)), List.of(cash(1500, 2000)))
                .status()).isEqualTo(201);
        assertThat(cashier.close(shift, List.of(count(10000, 1), count(1000, 1), count(500, 1))).status())
                .isEqualTo(200);

        HttpResponse<byte[]> pdf = api.download(PosClient.POS + "/shifts/" + shift + "/report.pdf", cashier.token(),
                "zh-CN");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        // written in the standard CJK font through its Unicode CMap: a reader maps each UCS-2 code to its glyph
        // (labels without a byte the PDF string escapes, such as the tab in 应 U+5E94 有 U+6709)
        PdfReader reader = new PdfReader(pdf.body());
        String fonts = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(fonts).contains("/STSong-Light", "/UniGB-UCS2-H");
        String page = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
        for (String words : List.of("班次报表", "实点现金", "长短款", "现金")) {
            assertThat(page).as(words).contains(new String(words.getBytes(StandardCharsets.UTF_16BE),
                    StandardCharsets.ISO_8859_1));
        }

        Reply day = api.get(PosClient.POS + "/z-report?storeId=" + pos.brand().storeId() + "&date="
                + LocalDate.now(ZoneId.of("Asia/Shanghai")), manager.token());
        assertThat(day.status()).as(day.toString()).isEqualTo(200);
        assertThat(day.body().get("shifts").size()).isEqualTo(1);
        assertThat(day.body().get("salesFen").asLong()).isEqualTo(1500);
        assertThat(day.body().get("overShortFen").asLong()).isZero();
        assertThat(api.get(PosClient.POS + "/z-report?storeId=" + pos.brand().storeId() + "&date=2020-01-01",
                cashier.token()).status()).as("a cashier has no Z-report").isEqualTo(403);
    }

    @Test
    void a_held_sale_is_recalled_once_and_a_void_is_audited() {
        pos.openShift(0);
        Reply held = api.post(pos.tillPath("/held-sales"), cashier.token(),
                Map.of("label", "red scarf", "cart", Map.of("lines", List.of(Map.of("skuId", pos.tea().toString(),
                        "quantity", 2)))));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        JsonNode list = api.get(pos.tillPath("/held-sales"), cashier.token()).body();
        assertThat(list.get("items").get(0).get("cart").get("lines").get(0).get("quantity").asLong()).isEqualTo(2);

        assertThat(api.send("DELETE", PosClient.POS + "/held-sales/" + held.id(), cashier.token(), null, null)
                .status()).isEqualTo(204);
        assertThat(api.get(pos.tillPath("/held-sales"), cashier.token()).body().get("items")
                .size()).isZero();

        Reply voided = api.post(pos.tillPath("/voids"), cashier.token(), Map.of("kind", "LINE",
                "skuId", pos.tea(), "quantity", 1, "amountFen", 1500, "reason", "scanned twice"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(201);
        assertThat(brands.jdbc().sql("select count(*) from audit_event where tenant_id = :t and action = 'pos.void'")
                .param("t", pos.brand().tenantId()).query(Long.class).single()).isEqualTo(1);
        Reply noSku = api.post(pos.tillPath("/voids"), cashier.token(), Map.of("kind", "LINE",
                "amountFen", 1500, "reason", "?"));
        assertThat(noSku.status()).isEqualTo(400);
        assertThat(noSku.raw()).contains("\"skuId\"");
    }

    @Test
    void the_offline_limits_are_the_brands_set_by_hq_only() {
        Reply defaults = api.get(PosClient.POS + "/settings", cashier.token());
        assertThat(defaults.body().get("maxOfflineHours").asInt()).isEqualTo(24);
        assertThat(defaults.body().get("maxOfflineAmountFen").asLong()).isEqualTo(5_000_000);

        Map<String, Object> limits = Map.of("maxOfflineHours", 8, "maxOfflineAmountFen", 100_000, "version", 0);
        assertThat(api.put(PosClient.POS + "/settings", manager.token(), limits).status()).isEqualTo(403);
        Reply set = api.put(PosClient.POS + "/settings", pos.admin(), limits);

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().get("maxOfflineHours").asInt()).isEqualTo(8);
        assertThat(api.put(PosClient.POS + "/settings", pos.admin(), limits).status()).isEqualTo(409);
    }
}
