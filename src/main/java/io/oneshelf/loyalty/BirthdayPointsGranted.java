package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** A member got their tier's birthday points ({@code points}, once in {@code on}'s year); {@code balance} after. */
@EventType("loyalty.points.birthday-granted")
public record BirthdayPointsGranted(UUID brandId, UUID customerId, String tierCode, long points, LocalDate on,
                                   long balance) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
