package io.oneshelf.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's coupon templates: on a tablet (1024 px) the admin makes a free-item coupon in a stacking group (a
 * missing SKU said under its field first) and issues it to an RFM segment, seeing how many got one; on a phone
 * (390 px) the issue dialog fits.
 */
class CouponTemplateBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_tablet_the_admin_makes_a_free_item_coupon_and_issues_it_to_a_segment_seeing_the_counts() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = skus.aPricedSku(brand, 1800);
        String code = api.get("/api/v1/skus/" + tea, admin).body().get("code").asString();
        aSegmentOfTwo(brand);
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-coupons");
        click("coupon-template-create");
        hook("coupon-template-form");
        type("name", "赠饮券");
        click("coupon-kind-FREE_ITEM");
        type("stackingGroup", "赠品券");
        click("coupon-template-save");
        assertThat(fieldError("skuId")).isNotBlank();
        assertThat(brands.count("coupon_template", brand.tenantId())).isZero();

        hook("field-skuId").findElement(By.cssSelector("input")).sendKeys(code);
        click("option-skuId-" + code);
        click("coupon-template-save");
        Eventually.until("the template saved", Duration.ofSeconds(15),
                () -> brands.count("coupon_template", brand.tenantId()), n -> n == 1);
        waitForText("coupon-template-gives", "赠品券");

        click("coupon-template-audience");
        hook("coupon-audience-dialog");
        choose("segment", "IMPORTANT_VALUE");
        click("coupon-audience-save");

        waitForText("coupon-audience-issued", "2 of 2");
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(2);
        assertThat(fitsTheWindow("coupon-audience-result")).isTrue();
    }

    @Test
    void on_a_phone_the_issue_to_segment_dialog_fits_and_a_tag_nobody_has_issues_none() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/coupon-templates", admin, java.util.Map.of("name", "5元券", "kind",
                "AMOUNT_OFF", "amountOff", 500, "validDays", 30, "perMember", 1, "claimable", false)).status())
                .isEqualTo(201);
        windowOf(PHONE);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-coupons");
        click("coupon-template-audience");
        hook("coupon-audience-dialog");
        click("audience-by-tag");
        click("coupon-audience-save");
        assertThat(fieldError("tag")).isNotBlank();
        hook("field-tag").findElement(By.cssSelector("input")).sendKeys("nobody-has-it\n");
        click("coupon-audience-save");

        waitForText("coupon-audience-issued", "0 of 0");
        for (String part : new String[] {"field-tag", "coupon-audience-save", "coupon-audience-result"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
    }

    /** Two customers the latest RFM run put into 重要价值客户. */
    private void aSegmentOfTwo(Brand brand) {
        for (int i = 0; i < 2; i++) {
            UUID customer = Shoppers.aShopper(api, brand.code()).customerId();
            brands.jdbc().sql("""
                            insert into crm_paid_order(tenant_id, order_id, customer_id, paid, paid_at)
                            values (:t, gen_random_uuid(), :c, 20000, now())""")
                    .param("t", brand.tenantId()).param("c", customer).update();
            brands.jdbc().sql("""
                            insert into crm_rfm(tenant_id, customer_id, orders, spent, last_paid_at, recency,
                                frequency, monetary, segment, computed_at)
                            values (:t, :c, 4, 20000, now(), 5, 5, 5, 'IMPORTANT_VALUE', now())""")
                    .param("t", brand.tenantId()).param("c", customer).update();
        }
    }
}
