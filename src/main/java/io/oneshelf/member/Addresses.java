package io.oneshelf.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers' delivery addresses, in process; an address of another customer or brand is not found. */
public interface Addresses {

    Optional<Address> find(UUID brandId, UUID customerId, UUID addressId);

    /** The customer's addresses, the preferred one first, then the newest first (at most 20). */
    List<Address> list(UUID brandId, UUID customerId);
}
