package io.oneshelf.catalog;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aMilkTea;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static io.oneshelf.catalog.Pictures.aJpeg;
import static io.oneshelf.catalog.Pictures.aPng;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.blob.MediaProperties;
import io.oneshelf.support.Api.Multipart;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductImageApiTest extends ApiTest {

    @Autowired
    MediaProperties media;

    private Brand brand;
    private String admin;
    private Reply product;
    private String images;

    @BeforeEach
    void aProductOfTheBrand() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String drinks = aCategory(api, admin, "DRINK", "饮品", null);
        product = aProduct(api, admin, aMilkTea("MT01", drinks, anEan13()));
        images = "/api/v1/products/" + product.id() + "/images";
    }

    private Reply upload(String path, byte[] content, String fileName, String contentType) {
        return api.upload(path, admin, Multipart.file(fileName, contentType, content));
    }

    private Reply uploaded(byte[] content, String fileName) {
        Reply reply = upload(images, content, fileName, fileName.endsWith(".png") ? "image/png" : "image/jpeg");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private long mediaFiles() throws IOException {
        Path root = media.path();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private List<String> idsInOrder() {
        return api.get(images, admin).body().get("items").findValuesAsString("id");
    }

    @Test
    void png_and_jpeg_pictures_are_stored_with_their_dimensions_and_the_first_becomes_the_main_one() {
        Reply png = uploaded(aPng(40, 30), "tea.png");
        Reply jpeg = uploaded(aJpeg(64, 48), "tea.jpg");

        assertThat(png.header("Location")).isEqualTo(images + "/" + png.id());
        assertThat(png.body().get("contentType").asString()).isEqualTo("image/png");
        assertThat(png.body().get("width").asInt()).isEqualTo(40);
        assertThat(png.body().get("height").asInt()).isEqualTo(30);
        assertThat(png.body().get("main").asBoolean()).isTrue();
        assertThat(jpeg.body().get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(jpeg.body().get("width").asInt()).isEqualTo(64);
        assertThat(jpeg.body().get("main").asBoolean()).isFalse();
        assertThat(jpeg.body().get("position").asInt()).isEqualTo(1);
        Reply detail = api.get("/api/v1/products/" + product.id(), admin);
        assertThat(detail.body().get("images").findValuesAsString("id")).containsExactly(png.id(), jpeg.id());
        assertThat(detail.body().get("images").get(0).get("url").asString())
                .matches("/media/images/" + brand.tenantId() + "/[0-9a-f]{64}\\.png");
        Reply list = api.get("/api/v1/products?q=MT01", admin);
        assertThat(list.body().get("items").get(0).get("mainImageUrl").asString())
                .isEqualTo(png.body().get("url").asString());
    }

    @Test
    void the_picture_url_streams_the_same_bytes_to_anyone_with_immutable_caching() {
        byte[] picture = aPng(20, 20);
        String url = uploaded(picture, "tea.png").body().get("url").asString();

        HttpResponse<byte[]> served = api.bytes(url, Map.of());
        String etag = served.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = api.bytes(url, Map.of("If-None-Match", etag));

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(picture);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable", "public");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(api.bytes("/media/images/" + brand.tenantId() + "/..%2F..%2Fetc%2Fpasswd", Map.of())
                .statusCode()).isIn(400, 404);
        assertThat(api.bytes("/media/images/" + brand.tenantId() + "/..", Map.of()).statusCode()).isIn(400, 404);
        assertThat(api.bytes("/media/images/" + brand.tenantId() + "/" + "0".repeat(64) + ".png", Map.of())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_text_file_named_png_is_refused_by_its_bytes_and_nothing_is_stored() throws IOException {
        long files = mediaFiles();

        Reply reply = upload(images, "not a picture at all".getBytes(StandardCharsets.UTF_8), "evil.png",
                "image/png");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(brands.count("product_image", brand.tenantId())).isZero();
        assertThat(mediaFiles()).isEqualTo(files);
    }

    @Test
    void a_picture_over_the_size_limit_is_refused_with_413_naming_the_file() throws IOException {
        long files = mediaFiles();
        byte[] big = Arrays.copyOf(aPng(10, 10), 5 * 1024 * 1024 + 1);
        byte[] huge = Arrays.copyOf(aPng(10, 10), 6 * 1024 * 1024 + 512 * 1024);

        Reply tooLarge = upload(images, big, "big.png", "image/png");
        Reply beyondTheServer = upload(images, huge, "huge.png", "image/png");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(tooLarge.body().get("detail").asString()).contains("5 MB");
        assertThat(beyondTheServer.status()).isEqualTo(413);
        assertThat(beyondTheServer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(brands.count("product_image", brand.tenantId())).isZero();
        assertThat(mediaFiles()).isEqualTo(files);
    }

    @Test
    void an_upload_without_a_file_part_names_the_missing_field() {
        Reply reply = api.upload(images, admin, new Multipart("photo", "tea.png", "image/png", aPng(5, 5), Map.of()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void a_retried_upload_with_the_same_key_stores_one_picture_even_under_a_new_boundary() {
        Multipart body = Multipart.file("tea.png", "image/png", aPng(12, 12));

        Reply first = api.sendMultipart("POST", images, admin, body, "upload-1");
        Reply retry = api.sendMultipart("POST", images, admin, body, "upload-1");
        Reply other = api.sendMultipart("POST", images, admin,
                Multipart.file("tea.png", "image/png", aPng(12, 12)), "upload-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(brands.count("product_image", brand.tenantId())).isEqualTo(1);
    }

    @Test
    void pictures_are_reordered_crowned_and_removing_the_main_one_crowns_the_first_left() {
        String a = uploaded(aPng(10, 10), "a.png").id();
        String b = uploaded(aPng(10, 10), "b.png").id();
        String c = uploaded(aJpeg(10, 10), "c.jpg").id();

        Reply reordered = api.put(images + "/order", admin, Map.of("imageIds", List.of(c, a, b)));
        Reply crowned = api.post(images + "/" + b + "/main", admin, Map.of());
        Reply removed = api.send("DELETE", images + "/" + b, admin, null, "remove-" + b);

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.body().get("items").findValuesAsString("id")).containsExactly(c, a, b);
        assertThat(crowned.body().get("items").get(2).get("main").asBoolean()).isTrue();
        assertThat(crowned.body().get("items").get(1).get("main").asBoolean()).isFalse();
        assertThat(removed.status()).isEqualTo(204);
        Reply left = api.get(images, admin);
        assertThat(left.body().get("items").findValuesAsString("id")).containsExactly(c, a);
        assertThat(left.body().get("items").get(0).get("main").asBoolean()).isTrue();
        assertThat(left.body().get("items").get(1).get("position").asInt()).isEqualTo(1);
        assertThat(api.get(images + "/" + b, admin).status()).isEqualTo(404);
    }

    @Test
    void reordering_with_a_list_that_misses_a_picture_is_a_409_on_image_ids_and_changes_nothing() {
        String a = uploaded(aPng(10, 10), "a.png").id();
        String b = uploaded(aPng(10, 10), "b.png").id();

        Reply stale = api.put(images + "/order", admin, Map.of("imageIds", List.of(b)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("errors").get(0).get("field").asString()).isEqualTo("imageIds");
        assertThat(idsInOrder()).containsExactly(a, b);
    }

    @Test
    void a_file_shared_by_two_pictures_goes_only_with_the_last_of_them() {
        byte[] same = aPng(16, 16);
        Reply second = aProduct(api, admin, Map.of("code", "CK01", "name", "抹茶千层", "categoryId",
                product.body().get("categoryId").asString(), "unit", "块"));
        Reply mine = uploaded(same, "tea.png");
        Reply theirs = api.upload("/api/v1/products/" + second.id() + "/images", admin,
                Multipart.file("cake.png", "image/png", same));
        String url = mine.body().get("url").asString();
        assertThat(theirs.body().get("url").asString()).isEqualTo(url);

        api.send("DELETE", images + "/" + mine.id(), admin, null, null);
        int whileShared = api.bytes(url, Map.of()).statusCode();
        api.send("DELETE", "/api/v1/products/" + second.id() + "/images/" + theirs.id(), admin, null, null);

        assertThat(whileShared).isEqualTo(200);
        assertThat(api.bytes(url, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_picture_may_show_one_sku_of_the_product_but_not_a_sku_of_another() {
        String largeHot = product.body().get("skus").get(3).get("id").asString();
        Reply other = aProduct(api, admin, Map.of("code", "CK01", "name", "抹茶千层", "categoryId",
                product.body().get("categoryId").asString(), "unit", "块"));
        String foreignSku = other.body().get("skus").get(0).get("id").asString();

        Reply ofSku = api.upload(images, admin, Multipart.file("lh.png", "image/png", aPng(8, 8))
                .with("skuId", largeHot));
        Reply wrong = api.upload(images, admin, Multipart.file("x.png", "image/png", aPng(8, 8))
                .with("skuId", foreignSku));

        assertThat(ofSku.status()).isEqualTo(201);
        assertThat(ofSku.body().get("skuId").asString()).isEqualTo(largeHot);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("skuId");
    }

    @Test
    void a_webp_picture_is_recognised_by_its_header() {
        Reply webp = upload(images, Pictures.WEBP_1X1, "tiny.webp", "application/octet-stream");

        assertThat(webp.status()).as(webp.toString()).isEqualTo(201);
        assertThat(webp.body().get("contentType").asString()).isEqualTo("image/webp");
        assertThat(webp.body().get("width").asInt()).isEqualTo(1);
        assertThat(webp.body().get("height").asInt()).isEqualTo(1);
    }

    @Test
    void another_brand_gets_404_and_a_cashier_gets_403_and_neither_stores_anything() {
        String picture = uploaded(aPng(10, 10), "tea.png").id();
        String intruder = api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        Multipart body = Multipart.file("x.png", "image/png", aPng(9, 9));

        Reply foreignUpload = api.upload(images, intruder, body);
        Reply cashierUpload = api.upload(images, cashier, body);

        assertThat(foreignUpload.status()).isEqualTo(404);
        assertThat(cashierUpload.status()).isEqualTo(403);
        assertThat(api.get(images, intruder).status()).isEqualTo(404);
        assertThat(api.send("DELETE", images + "/" + picture, intruder, null, null).status()).isEqualTo(404);
        assertThat(api.get(images, cashier).status()).isEqualTo(200);
        assertThat(idsInOrder()).containsExactly(picture);
    }
}
