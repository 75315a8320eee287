package io.oneshelf.fulfillment.pickup;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of pickup calls. */
final class PickupRequests {

    private PickupRequests() {
    }

    /** Either the six digits the customer shows ({@code code}) or what a scanner read from the QR ({@code qr}). */
    record Present(@Pattern(regexp = "^\\s*[0-9]{6}\\s*$", message = "{validation.pickup-code}") String code,
                   @Size(max = 200) String qr) {
    }
}
