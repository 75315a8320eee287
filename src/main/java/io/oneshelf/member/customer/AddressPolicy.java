package io.oneshelf.member.customer;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules of an address book: at most {@value #MAX} addresses per customer (a shop's address picker stays one
 * screen), and coordinates in range, both or neither, kept to six decimals (about 0.1 m; the column's precision).
 */
final class AddressPolicy {

    static final int MAX = 20;
    private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);

    private AddressPolicy() {
    }

    /** Refuses a new address when the customer already has {@value #MAX}. */
    static void roomForOneMore(int existing) {
        if (existing >= MAX) {
            throw new Rejection(Rejection.Kind.CONFLICT, Message.of("member.address.too-many", MAX));
        }
    }

    /** The details with their coordinates checked and rounded to six decimals. */
    static AddressDetails checked(AddressDetails details) {
        BigDecimal latitude = details.latitude();
        BigDecimal longitude = details.longitude();
        if (latitude == null && longitude != null) {
            throw Rejection.invalid("latitude", "member.address.coordinates-together");
        }
        if (longitude == null && latitude != null) {
            throw Rejection.invalid("longitude", "member.address.coordinates-together");
        }
        if (latitude == null) {
            return details;
        }
        return new AddressDetails(details.recipient(), details.phone(), details.province(), details.city(),
                details.district(), details.line(), degrees("latitude", latitude, LATITUDE),
                degrees("longitude", longitude, LONGITUDE), details.preferred());
    }

    private static BigDecimal degrees(String field, BigDecimal value, BigDecimal limit) {
        if (value.abs().compareTo(limit) > 0) {
            throw Rejection.invalid(field, "validation.range", -limit.intValue(), limit.intValue());
        }
        return value.setScale(6, RoundingMode.HALF_UP);
    }
}
