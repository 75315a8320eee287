package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer added a delivery address; carries the whole address as it is now. */
@EventType("member.customer.address-added")
public record CustomerAddressAdded(UUID brandId, UUID customerId, UUID addressId, String recipient, String phone,
                                   String province, String city, String district, String line, Double latitude,
                                   Double longitude, boolean preferred) implements BusinessEvent {

    /** The event of one of the brand's addresses. */
    public static CustomerAddressAdded of(UUID brandId, Address address) {
        return new CustomerAddressAdded(brandId, address.customerId(), address.id(), address.recipient(),
                address.phone(), address.province(), address.city(), address.district(), address.line(),
                address.latitude(), address.longitude(), address.preferred());
    }

    /** The customer's: one customer's events keep their order. */
    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
