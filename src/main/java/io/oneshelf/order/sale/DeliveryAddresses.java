package io.oneshelf.order.sale;

import io.oneshelf.member.Address;
import io.oneshelf.member.Addresses;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A delivery address named by its id in the customer's address book (a guide delivering to one of the customer's
 * addresses): copied onto the order as it reads now, so that later edits of the book do not move the parcel. An
 * address of another customer or brand is not found ({@code INVALID} on {@code addressId}).
 */
@Component
class DeliveryAddresses {

    private final Addresses addresses;

    DeliveryAddresses(Addresses addresses) {
        this.addresses = addresses;
    }

    PlaceOrder.Address of(UUID brandId, UUID customerId, UUID addressId) {
        if (customerId == null) {
            throw Rejection.invalid("customerId", "validation.required");
        }
        Address a = addresses.find(brandId, customerId, addressId)
                .orElseThrow(() -> Rejection.invalid("addressId", "order.address.not-the-customers"));
        String text = Stream.of(a.province(), a.city(), a.district(), a.line())
                .filter(s -> s != null && !s.isBlank()).distinct().collect(Collectors.joining(" "));
        return new PlaceOrder.Address(a.id(), a.recipient(), a.phone(), text,
                a.latitude() == null ? null : BigDecimal.valueOf(a.latitude()),
                a.longitude() == null ? null : BigDecimal.valueOf(a.longitude()));
    }
}
