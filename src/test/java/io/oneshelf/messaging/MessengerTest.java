package io.oneshelf.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The messenger in process and its outbox through the API: marketing needs the customer's consent on the channel,
 * a service message does not, a referenced message goes out once, and the outbox shows every attempt (below
 * brand-wide, one customer's at a time).
 */
class MessengerTest extends ApiTest {

    @Autowired
    Messenger messenger;

    private Brand brand;
    private String admin;
    private Shopper shopper;

    @BeforeEach
    void aCustomerWhoAllowsMarketingOnWechatOnly() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        shopper = Shoppers.aShopper(api, brand.code());
        Reply consent = api.put(shopper.path("/me/consents"), shopper.accessToken(), Map.of("purpose", "MARKETING",
                "channel", "WECHAT", "granted", true));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
    }

    private Delivery send(MessageChannel channel, MessagePurpose purpose, String reference) {
        return messenger.send(new OutgoingMessage(brand.tenantId(), shopper.customerId(), channel, purpose, "t",
                Map.of("k", "v"), reference));
    }

    @Test
    void marketing_goes_only_where_the_customer_consented_and_a_service_message_always() {
        assertThat(send(MessageChannel.WECOM, MessagePurpose.MARKETING, null).status())
                .isEqualTo(Delivery.Status.SENT);
        Delivery sms = send(MessageChannel.SMS, MessagePurpose.MARKETING, null);
        assertThat(sms.status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(sms.reason()).isEqualTo("no-consent");
        assertThat(send(MessageChannel.SMS, MessagePurpose.SERVICE, null).status()).isEqualTo(Delivery.Status.SENT);

        Reply refused = api.get("/api/v1/messages?status=REFUSED", admin);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.body().get("items")).hasSize(1);
        JsonNode all = api.get("/api/v1/messages?customerId=" + shopper.customerId(), admin).body().get("items");
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("recipient").asString()).as("the phone masked").contains("****");
    }

    @Test
    void a_referenced_message_goes_out_once_however_often_it_is_sent() {
        String reference = "test:" + UUID.randomUUID();
        Delivery first = send(MessageChannel.WECHAT_TEMPLATE, MessagePurpose.MARKETING, reference);
        Delivery again = send(MessageChannel.WECHAT_TEMPLATE, MessagePurpose.MARKETING, reference);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(api.get("/api/v1/messages?customerId=" + shopper.customerId(), admin).body().get("items"))
                .hasSize(1);
    }

    @Test
    void below_brand_wide_the_outbox_is_read_one_customer_at_a_time() {
        send(MessageChannel.SMS, MessagePurpose.SERVICE, null);
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        Reply all = api.get("/api/v1/messages", manager);
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.raw()).contains("customerId");
        assertThat(api.get("/api/v1/messages?customerId=" + shopper.customerId(), manager).body().get("items"))
                .hasSize(1);
        String stranger = api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/messages?customerId=" + shopper.customerId(), stranger).body().get("items"))
                .isEmpty();
    }
}
