package io.oneshelf.social.share;

import io.oneshelf.member.Address;
import io.oneshelf.member.Addresses;
import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How a customer gets what a group place or a bargain buys, as the shop's checkout asks it: {@code PICKUP} at
 * {@code storeId}, or delivered ({@code EXPRESS}, {@code SAME_CITY}) to {@code addressId}, one of their own addresses.
 */
@Schema(name = "SocialDelivery")
public record Delivery(@NotNull Fulfilment fulfilment, UUID storeId, UUID addressId, @Size(max = 200) String note) {

    /**
     * The online order of one unit of {@code skuId} for the campaign, delivered as asked; {@code key} makes it once
     * (a repeat finds the order the first call made).
     */
    public PlaceOrder order(UUID brandId, UUID customerId, UUID skuId, OrderCampaign campaign, Addresses addresses,
                            String key) {
        PlaceOrder.Address address = null;
        if (addressId != null) {
            Address a = addresses.find(brandId, customerId, addressId)
                    .orElseThrow(() -> Rejection.invalid("addressId", "order.address.unknown"));
            address = new PlaceOrder.Address(a.id(), a.recipient(), a.phone(),
                    String.join(" ", a.province(), a.city(), a.district(), a.line()),
                    a.latitude() == null ? null : BigDecimal.valueOf(a.latitude()),
                    a.longitude() == null ? null : BigDecimal.valueOf(a.longitude()));
        }
        return new PlaceOrder(brandId, null, OrderChannel.ONLINE, fulfilment, customerId, storeId, null,
                List.of(new PlaceOrder.Line(skuId, 1)), address, List.of(), note, key, null, List.of(), null,
                campaign);
    }
}
