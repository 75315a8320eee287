package io.oneshelf.pos.receipt;

import java.util.Optional;
import java.util.UUID;

/**
 * The till a sale was rung up at, by name, for the receipt's header: told by the tills of the POS (they know which
 * till recorded which order). A receipt of an order no till recorded (an order of the console or of the shop) names
 * no till.
 */
public interface SaleTills {

    Optional<String> tillName(UUID brandId, UUID orderId);
}
