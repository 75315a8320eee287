package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogImportApiTest extends ApiTest {

    static final String IMPORTS = "/api/v1/catalog/imports";
    static final String HEADER = "商品编码,商品名称,分类编码,品牌编码,单位,规格,SKU编码,条码,标准价(元),销售渠道,状态";

    private Brand brand;
    private String admin;

    @BeforeEach
    void signIn() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        aCategory(api, admin, "TEA", "奶茶", null);
        assertThat(api.post("/api/v1/product-brands", admin, Map.of("code", "OWN", "name", "自有")).status())
                .isEqualTo(201);
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** 珍珠奶茶 in 2 cup sizes × 2 temperatures, and a mug without specs: five good rows. */
    static String[] aGoodSheet(String... barcodes) {
        return new String[] {HEADER,
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=中杯;温度=冰,MT01-MI," + barcodes[0] + ",12.5,POS;线上商城,ON_SHELF",
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=中杯;温度=热,MT01-MH," + barcodes[1] + ",12.50,POS;线上商城,ON_SHELF",
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=大杯;温度=冰,MT01-LI,,15,POS;线上商城,ON_SHELF",
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=大杯;温度=热,MT01-LH,,15.00,POS;线上商城,ON_SHELF",
                "MUG1,马克杯,TEA,,个,,MUG1-1," + barcodes[2] + ",39.9,GUIDE,"};
    }

    JsonNode finished(Reply accepted) {
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return finished(accepted.id());
    }

    JsonNode finished(String id) {
        return Eventually.until("import " + id + " to finish", Duration.ofSeconds(60), () -> {
            Reply job = api.get(IMPORTS + "/" + id, admin);
            assertThat(job.status()).as(job.toString()).isEqualTo(200);
            return job.body();
        }, job -> job.path("status").asString().matches("SUCCEEDED|FAILED"));
    }

    JsonNode imported(String fileName, byte[] content) {
        JsonNode job = finished(api.upload(IMPORTS, admin, fileName, content));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }

    JsonNode failed(String fileName, byte[] content) {
        JsonNode job = finished(api.upload(IMPORTS, admin, fileName, content));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        return job;
    }

    JsonNode product(String code) {
        Reply found = api.get("/api/v1/products?q=" + code, admin);
        String id = found.body().get("items").get(0).get("id").asString();
        return api.get("/api/v1/products/" + id, admin).body();
    }

    long listPrice(String skuId) {
        for (JsonNode price : api.get("/api/v1/skus/" + skuId + "/prices", admin).body().get("prices")) {
            if (price.get("kind").asString().equals("LIST")) {
                return price.get("priceFen").asLong();
            }
        }
        return -1;
    }

    JsonNode sku(JsonNode product, String code) {
        for (JsonNode sku : product.get("skus")) {
            if (sku.get("code").asString().equals(code)) {
                return sku;
            }
        }
        throw new AssertionError("no SKU " + code + " in " + product);
    }

    String catalogCounts() {
        return List.of("spu", "sku", "barcode", "sku_price").stream()
                .map(t -> t + "=" + brands.count(t, brand.tenantId())).toList().toString();
    }

    static List<String> rowErrors(JsonNode job) {
        return job.get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()
                + ": " + e.get("message").asString()).toList();
    }

    @Test
    void a_csv_sheet_creates_products_with_skus_barcodes_list_prices_channels_and_status() {
        String[] codes = {anEan13(), anEan13(), anEan13()};

        JsonNode job = imported("商品.csv", csv(aGoodSheet(codes)));

        assertThat(job.get("totalRows").asInt()).isEqualTo(5);
        assertThat(job.get("processedRows").asInt()).isEqualTo(5);
        assertThat(job.get("outcome").get("productsCreated").asInt()).isEqualTo(2);
        assertThat(job.get("outcome").get("skusCreated").asInt()).isEqualTo(5);
        JsonNode tea = product("MT01");
        assertThat(tea.get("status").asString()).isEqualTo("ON_SHELF");
        assertThat(tea.get("unit").asString()).isEqualTo("杯");
        assertThat(tea.get("channels").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("POS",
                "ONLINE_MALL");
        assertThat(tea.get("specAttributes").get(0).get("values").valueStream().map(JsonNode::asString))
                .containsExactly("中杯", "大杯");
        assertThat(tea.get("skus").valueStream().map(s -> s.get("code").asString()))
                .containsExactlyInAnyOrder("MT01-MI", "MT01-MH", "MT01-LI", "MT01-LH");
        assertThat(sku(tea, "MT01-MH").get("barcodes").get(0).asString()).isEqualTo(codes[1]);
        assertThat(listPrice(sku(tea, "MT01-MI").get("id").asString())).isEqualTo(1250);
        assertThat(listPrice(sku(tea, "MT01-LH").get("id").asString())).isEqualTo(1500);
        JsonNode mug = product("MUG1");
        assertThat(mug.get("status").asString()).isEqualTo("DRAFT");
        assertThat(mug.get("brandId").isNull()).isTrue();
        assertThat(listPrice(sku(mug, "MUG1-1").get("id").asString())).isEqualTo(3990);
        assertThat(api.get("/api/v1/barcodes/" + codes[2], admin).body().get("skuCode").asString())
                .isEqualTo("MUG1-1");
    }

    @Test
    void an_xlsx_sheet_with_numeric_price_cells_imports_like_a_csv_one() {
        String barcode = anEan13();
        byte[] xlsx = xlsx(List.of(
                List.of("productCode", "productName", "categoryCode", "unit", "specs", "skuCode", "barcodes",
                        "listPrice"),
                List.of("CK01", "抹茶千层", "TEA", "块", "尺寸=6寸", "CK01-6", barcode, new BigDecimal("88.8")),
                List.of("CK01", "抹茶千层", "TEA", "块", "尺寸=8寸", "CK01-8", "", 128)));

        JsonNode job = imported("cakes.xlsx", xlsx);

        assertThat(job.get("format").asString()).isEqualTo("XLSX");
        JsonNode cake = product("CK01");
        assertThat(sku(cake, "CK01-6").get("barcodes").get(0).asString()).isEqualTo(barcode);
        assertThat(listPrice(sku(cake, "CK01-6").get("id").asString())).isEqualTo(8880);
        assertThat(listPrice(sku(cake, "CK01-8").get("id").asString())).isEqualTo(12800);
    }

    @Test
    void one_bad_row_among_good_ones_is_reported_by_row_and_column_and_changes_nothing() {
        imported("first.csv", csv(HEADER, "OLD1,旧品,TEA,,个,,OLD1-1,,5,,"));
        String before = catalogCounts();
        String[] rows = aGoodSheet(anEan13(), anEan13(), anEan13());
        rows[3] = rows[3].replace(",15,", ",15.123,");

        JsonNode job = failed("bad.csv", csv(rows));

        assertThat(job.get("errorCount").asInt()).isEqualTo(1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(4);
        assertThat(error.get("column").asString()).isEqualTo("标准价(元)");
        assertThat(error.get("field").asString()).isEqualTo("listPrice");
        assertThat(error.get("message").asString()).contains("at most 2 decimals");
        assertThat(job.get("failure").asString()).contains("nothing was changed");
        assertThat(catalogCounts()).isEqualTo(before);
        Reply page = api.get(IMPORTS + "/" + job.get("id").asString() + "/errors", admin);
        assertThat(page.body().get("items").get(0).get("row").asInt()).isEqualTo(4);
    }

    @Test
    void the_stored_row_errors_and_summary_are_shown_in_the_readers_language() {
        JsonNode job = failed("bad.csv", csv(HEADER,
                "A1,苹果汁,TEA,,杯,,A1-1,,abc,,",
                "C1,橙汁,JUICE,OWN,杯,,C1-1,,5,,"));
        String path = IMPORTS + "/" + job.get("id").asString();

        JsonNode chinese = api.send("GET", path, admin, null, null, Map.of("Accept-Language", "zh-CN")).body();
        JsonNode english = api.send("GET", path, admin, null, null, Map.of("Accept-Language", "en")).body();
        JsonNode chinesePage = api.send("GET", path + "/errors", admin, null, null, Map.of("Accept-Language", "zh"))
                .body();

        assertThat(chinese.get("failure").asString()).isEqualTo("2 行中有 2 行有错误；未做任何更改");
        assertThat(english.get("failure").asString()).isEqualTo("2 of 2 rows have errors; nothing was changed");
        assertThat(rowErrors(chinese)).containsExactly(
                "2 listPrice: 请以元为单位填写价格，最多 2 位小数，例如 12.50",
                "3 categoryCode: 本品牌没有编码为 JUICE 的分类");
        assertThat(rowErrors(english)).containsExactly(
                "2 listPrice: write the price in yuan with at most 2 decimals, e.g. 12.50",
                "3 categoryCode: no category of this brand has the code JUICE");
        assertThat(chinesePage.get("items").get(1).get("message").asString()).isEqualTo("本品牌没有编码为 JUICE 的分类");
    }

    @Test
    void every_bad_row_is_reported_at_once_in_row_order() {
        JsonNode job = failed("bad.csv", csv(HEADER,
                "A1,苹果汁,TEA,,杯,,A1-1,,abc,,",
                ",没有编码,TEA,,杯,,B1-1,,5,,",
                "C1,橙汁,NOPE,,杯,,C1-1,,5,BICYCLE,",
                "D1,柠檬水,TEA,GHOST,杯,,D1-1,1234567890123,5,,SOLD"));

        assertThat(rowErrors(job)).containsExactly(
                "2 listPrice: write the price in yuan with at most 2 decimals, e.g. 12.50",
                "3 productCode: is required",
                "4 channels: \"BICYCLE\" is not a channel; use ONLINE_MALL, POS, GUIDE, GROUP_BUY or 线上商城, 门店收银,"
                + " 导购, 团购",
                "5 barcodes: 1234567890123 is not an EAN-13, UPC-A or EAN-8 code with a correct check digit",
                "5 status: use DRAFT, ON_SHELF, OFF_SHELF or 草稿, 已上架, 已下架");
        assertThat(brands.count("spu", brand.tenantId())).isZero();
    }

    @Test
    void an_unknown_category_or_brand_is_a_row_error() {
        JsonNode job = failed("bad.csv", csv(HEADER,
                "A1,苹果汁,TEA,,杯,,A1-1,,5,,",
                "C1,橙汁,JUICE,OWN,杯,,C1-1,,5,,",
                "D1,柠檬水,TEA,GHOST,杯,,D1-1,,5,,"));

        assertThat(rowErrors(job)).containsExactly(
                "3 categoryCode: no category of this brand has the code JUICE",
                "4 brandCode: no product brand of this brand has the code GHOST");
        assertThat(brands.count("spu", brand.tenantId())).isZero();
    }

    @Test
    void a_barcode_twice_in_the_file_or_already_on_another_sku_is_a_row_error() {
        String taken = anEan13();
        imported("first.csv", csv(HEADER, "OLD1,旧品,TEA,,个,,OLD1-1," + taken + ",5,,"));
        String twice = anEan13();
        String before = catalogCounts();

        JsonNode job = failed("dupes.csv", csv(HEADER,
                "A1,苹果汁,TEA,,杯,,A1-1," + twice + ",5,,",
                "B1,橙汁,TEA,,杯,,B1-1," + twice + ",5,,",
                "C1,柠檬水,TEA,,杯,,C1-1," + taken + ",5,,"));

        assertThat(rowErrors(job)).containsExactly(
                "3 barcodes: barcode " + twice + " is also on row 2",
                "4 barcodes: barcode " + taken + " already belongs to SKU OLD1-1");
        assertThat(catalogCounts()).isEqualTo(before);
    }

    @Test
    void a_new_product_needs_a_row_for_every_combination_of_its_spec_values() {
        JsonNode job = failed("matrix.csv", csv(HEADER,
                "MT01,珍珠奶茶,TEA,,杯,杯型=中杯;温度=冰,MT01-MI,,12,,",
                "MT01,珍珠奶茶,TEA,,杯,杯型=大杯;温度=热,MT01-LH,,15,,",
                "MT01,珍珠奶茶,TEA,,杯,杯型=大杯;温度=热,MT01-LH2,,15,,",
                "MT01,珍珠奶茶,TEA,,盒,杯型=大杯,MT01-X,,15,,"));

        assertThat(rowErrors(job)).containsExactly(
                "4 specs: repeats the specs of row 3 of the same product",
                "5 unit: differs from row 2, the first row of product MT01; a product's columns must be the same"
                + " on all its rows",
                "5 specs: names the specs 杯型 but row 2 of the same product names 杯型, 温度");
    }

    @Test
    void a_sheet_without_a_required_column_or_with_an_unknown_one_is_refused_at_upload() {
        Reply missing = api.upload(IMPORTS, admin, "p.csv", csv("商品编码,商品名称,单位,SKU编码", "A,B,C,D"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsOnly("file");
        assertThat(missing.body().get("errors").valueStream().map(e -> e.get("message").asString()))
                .containsExactly("the header lacks the required column categoryCode (分类编码)");

        Reply unknown = api.upload(IMPORTS, admin, "p.csv", csv(HEADER + ",颜色", "A,B,TEA,,个,,A-1,,1,,,红"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("message").asString())
                .isEqualTo("the header has an unknown column \"颜色\"");
        assertThat(api.get(IMPORTS, admin).body().get("items").size()).isZero();
    }

    @Test
    void a_wrong_file_type_an_empty_file_too_many_rows_and_a_too_large_file_are_refused() {
        assertRefused(api.upload(IMPORTS, admin, "p.txt", csv(HEADER)), 400, "is not a .csv or .xlsx file");
        assertRefused(api.upload(IMPORTS, admin, "p.xlsx", csv(HEADER, "A,B")), 400,
                "is named .xlsx but is not an Excel workbook");
        assertRefused(api.upload(IMPORTS, admin, "p.csv", new byte[0]), 400, "is empty");
        assertRefused(api.upload(IMPORTS, admin, "p.csv", csv(HEADER)), 400, "has a header but no data rows");
        StringBuilder many = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i <= 20_000; i++) {
            many.append("P").append(i).append(",N,TEA,,个,,P").append(i).append("-1,,1,,\r\n");
        }
        assertRefused(api.upload(IMPORTS, admin, "p.csv", many.toString().getBytes(StandardCharsets.UTF_8)), 400,
                "has more than 20000 rows; split it into several files");
        byte[] huge = new byte[10 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        assertRefused(api.upload(IMPORTS, admin, "p.csv", huge), 413, "is too large");
        Reply json = api.post(IMPORTS, admin, Map.of("file", "p.csv"));
        assertThat(json.status()).isEqualTo(415);
        assertThat(api.get(IMPORTS, admin).body().get("items").size()).isZero();
    }

    private static void assertRefused(Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(reply.body().get("errors").get(0).get("message").asString()).isEqualTo(message);
    }

    @Test
    void an_exported_sheet_imports_unchanged_and_an_edited_price_is_all_that_changes() {
        imported("first.csv", csv(aGoodSheet(anEan13(), anEan13(), anEan13())));
        String before = catalogCounts();

        HttpResponse<byte[]> exported = api.download("/api/v1/catalog/export?format=csv", admin, "zh-CN");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains(".csv");
        byte[] file = exported.body();
        assertThat(new byte[] {file[0], file[1], file[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF});
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER).contains("MT01,珍珠奶茶,TEA,OWN,杯,杯型=中杯;温度=冰,MT01-MI,")
                .contains(",12.50,ONLINE_MALL;POS,ON_SHELF");

        JsonNode same = imported("export.csv", file);
        assertThat(same.get("outcome").get("productsUpdated").asInt()).isZero();
        assertThat(same.get("outcome").get("productsCreated").asInt()).isZero();
        assertThat(catalogCounts()).isEqualTo(before);

        String editedText = text.lines().map(line -> line.contains(",MT01-MI,") ? line.replace(",12.50,", ",13.00,")
                : line).collect(java.util.stream.Collectors.joining("\r\n"));
        JsonNode edited = imported("edited.csv", editedText.getBytes(StandardCharsets.UTF_8));
        assertThat(edited.get("outcome").get("productsUpdated").asInt()).isEqualTo(1);
        assertThat(edited.get("outcome").get("skusUpdated").asInt()).isEqualTo(1);
        JsonNode tea = product("MT01");
        assertThat(listPrice(sku(tea, "MT01-MI").get("id").asString())).isEqualTo(1300);
        assertThat(listPrice(sku(tea, "MT01-MH").get("id").asString())).isEqualTo(1250);
        assertThat(catalogCounts()).isEqualTo(before);
    }

    @Test
    void an_export_of_more_products_than_one_batch_has_every_sku_once_in_product_order() {
        int products = 1_203; // the export reads 500 products at a time: three batches, the last one short
        String[] sheet = new String[products + 1];
        sheet[0] = HEADER;
        for (int i = 0; i < products; i++) {
            sheet[i + 1] = "P%05d,商品%d,TEA,OWN,个,,P%05d-1,,1.00,POS,DRAFT".formatted(i, i, i);
        }
        JsonNode job = imported("many.csv", csv(sheet));
        assertThat(job.get("outcome").get("productsCreated").asInt()).isEqualTo(products);

        HttpResponse<byte[]> exported = api.download("/api/v1/catalog/export?format=csv", admin, "zh-CN");

        assertThat(exported.statusCode()).isEqualTo(200);
        List<String> skuCodes = new String(exported.body(), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.split(",")[6]).toList();
        assertThat(skuCodes).hasSize(products).doesNotHaveDuplicates()
                .contains("P00000-1", "P00499-1", "P00500-1", "P00999-1", "P01000-1", "P01202-1");

        HttpResponse<byte[]> xlsx = api.download("/api/v1/catalog/export?format=xlsx", admin, "zh-CN");
        JsonNode again = imported("many.xlsx", xlsx.body());
        assertThat(again.get("outcome").get("productsUpdated").asInt()).as(again.toString()).isZero();
        assertThat(again.get("outcome").get("productsCreated").asInt()).isZero();
        assertThat(again.get("totalRows").asInt()).isEqualTo(products);
    }

    @Test
    void an_xlsx_export_imports_into_another_brand_as_the_same_catalog() {
        String[] codes = {anEan13(), anEan13(), anEan13()};
        imported("first.csv", csv(aGoodSheet(codes)));
        HttpResponse<byte[]> exported = api.download("/api/v1/catalog/export?format=xlsx", admin, "en");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");

        Brand other = brands.aBrand();
        brand = other;
        admin = api.login(other.login("admin"), BrandFixture.PASSWORD);
        aCategory(api, admin, "TEA", "奶茶", null);
        api.post("/api/v1/product-brands", admin, Map.of("code", "OWN", "name", "自有"));
        JsonNode job = imported("export.xlsx", exported.body());

        assertThat(job.get("outcome").get("productsCreated").asInt()).isEqualTo(2);
        JsonNode tea = product("MT01");
        assertThat(tea.get("status").asString()).isEqualTo("ON_SHELF");
        assertThat(tea.get("specAttributes").get(0).get("name").asString()).isEqualTo("杯型");
        assertThat(sku(tea, "MT01-MI").get("barcodes").get(0).asString()).isEqualTo(codes[0]);
        assertThat(listPrice(sku(tea, "MT01-MI").get("id").asString())).isEqualTo(1250);
    }

    @Test
    void a_re_import_updates_names_and_barcodes_but_cannot_add_variants_to_an_existing_product() {
        String[] codes = {anEan13(), anEan13(), anEan13()};
        imported("first.csv", csv(aGoodSheet(codes)));
        String moved = codes[2];

        JsonNode job = imported("update.csv", csv(HEADER,
                "MUG1,大马克杯,TEA,OWN,个,,MUG1-1,,39.9,GUIDE,",
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=中杯;温度=冰,MT01-MI," + codes[0] + ";" + moved + ",12.5,POS;线上商城,"));

        assertThat(job.get("outcome").get("productsUpdated").asInt()).isEqualTo(2);
        JsonNode mug = product("MUG1");
        assertThat(mug.get("name").asString()).isEqualTo("大马克杯");
        assertThat(mug.get("brandId").isNull()).isFalse();
        assertThat(sku(mug, "MUG1-1").get("barcodes").size()).isZero();
        assertThat(sku(product("MT01"), "MT01-MI").get("barcodes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(codes[0], moved);

        JsonNode refused = failed("add.csv", csv(HEADER,
                "MT01,珍珠奶茶,TEA,OWN,杯,杯型=超大杯;温度=冰,MT01-XI,,19,POS;线上商城,"));
        assertThat(rowErrors(refused)).containsExactly("2 skuCode: product MT01 has no SKU MT01-XI; an import"
                + " cannot add variants to an existing product or change SKU codes");
    }

    @Test
    void a_retried_upload_with_the_same_idempotency_key_makes_one_job() {
        Api.Upload upload = new Api.Upload("p.csv", csv(HEADER, "A1,苹果汁,TEA,,杯,,A1-1,,5,,"));
        String key = UUID.randomUUID().toString();

        Reply first = api.upload("POST", IMPORTS, admin, upload, key);
        Reply retry = api.upload("POST", IMPORTS, admin, upload, key);
        Reply otherFile = api.upload("POST", IMPORTS, admin, new Api.Upload("p.csv", csv(HEADER,
                "B1,橙汁,TEA,,杯,,B1-1,,5,,")), key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherFile.status()).isEqualTo(422);
        finished(first.id());
        assertThat(api.get(IMPORTS, admin).body().get("items").size()).isEqualTo(1);
        assertThat(brands.count("spu", brand.tenantId())).isEqualTo(1);
    }

    @Test
    void a_cashier_may_not_import_and_another_brand_cannot_see_the_job() {
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Reply denied = api.upload(IMPORTS, cashier, "p.csv", csv(HEADER, "A1,苹果汁,TEA,,杯,,A1-1,,5,,"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.header("Content-Type")).startsWith("application/problem+json");

        Reply job = api.upload(IMPORTS, admin, "p.csv", csv(HEADER, "A1,苹果汁,TEA,,杯,,A1-1,,5,,"));
        finished(job);
        Brand other = brands.aBrand();
        String intruder = api.login(other.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get(IMPORTS + "/" + job.id(), intruder).status()).isEqualTo(404);
        assertThat(api.get(IMPORTS + "/" + job.id() + "/errors", intruder).status()).isEqualTo(404);
        assertThat(api.get(IMPORTS, intruder).body().get("items").size()).isZero();
        assertThat(api.get(IMPORTS + "/" + job.id(), cashier).status()).isEqualTo(403);
    }

    static byte[] xlsx(List<List<Object>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (!value.toString().isEmpty()) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
