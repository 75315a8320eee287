package io.oneshelf.social.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Multipart;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PosterApiTest extends ApiTest {

    private static final Color PLUM = new Color(0x80, 0x20, 0x60);

    @Autowired
    BrandFixture brands;

    @Autowired
    SkuFixture skus;

    private SocialFixture shop;

    @BeforeEach
    void aShopSellingTeapots() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
    }

    @Test
    void a_bargains_poster_shows_the_picture_of_its_product_from_the_catalog() throws IOException {
        UUID product = brands.jdbc().sql("select spu_id from sku where id = :s").param("s", shop.teapot())
                .query(UUID.class).single();
        Reply uploaded = api.upload("/api/v1/products/" + product + "/images", shop.admin(),
                Multipart.file("teapot.png", "image/png", png(PosterTest.solid(300, 300, PLUM))));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Shopper shopper = shop.aShopper();
        String code = aBargainStartedBy(shopper);

        HttpResponse<byte[]> poster = api.bytes(shopper.path("/posters/bargains/" + code + ".png?from="
                + shopper.customerId()), Map.of());

        assertThat(poster.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(poster.body()));
        assertThat(image.getWidth()).isEqualTo(Poster.WIDTH);
        assertThat(PosterTest.close(new Color(image.getRGB(Poster.WIDTH / 2, Poster.PICTURE_HEIGHT / 2)), PLUM))
                .as("the product's picture in the band").isTrue();
    }

    private String aBargainStartedBy(Shopper shopper) {
        Reply campaign = api.post("/api/v1/bargain-campaigns", shop.admin(), Map.of("name", "砍价紫砂壶",
                "skuId", shop.teapot(), "startPrice", 9_000, "floorPrice", 1_000, "helpersNeeded", 3,
                "limitMinutes", 60, "helpsPerDay", 3, "allocation", 2,
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Reply started = api.post(shopper.path("/bargain-campaigns/" + campaign.id() + "/bargains"),
                shopper.accessToken(), Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.body().get("code").asString();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "PNG", out);
        return out.toByteArray();
    }
}
