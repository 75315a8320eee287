package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * A delivery address of a customer was edited, or became or stopped being the preferred one; carries the whole
 * address as it is now.
 */
@EventType("member.customer.address-changed")
public record CustomerAddressChanged(UUID brandId, UUID customerId, UUID addressId, String recipient, String phone,
                                     String province, String city, String district, String line, Double latitude,
                                     Double longitude, boolean preferred) implements BusinessEvent {

    /** The event of one of the brand's addresses. */
    public static CustomerAddressChanged of(UUID brandId, Address address) {
        return new CustomerAddressChanged(brandId, address.customerId(), address.id(), address.recipient(),
                address.phone(), address.province(), address.city(), address.district(), address.line(),
                address.latitude(), address.longitude(), address.preferred());
    }

    /** The customer's: one customer's events keep their order. */
    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
