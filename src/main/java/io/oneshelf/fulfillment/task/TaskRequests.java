package io.oneshelf.fulfillment.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of task steps. */
final class TaskRequests {

    private TaskRequests() {
    }

    /** A step that needs nothing but the task (pick, pack, ready, deliver): an empty body, or none. */
    record Confirm() {
    }

    /** A parcel handed to {@code carrier} (SF, ZTO, JD …) under its {@code trackingNumber}. */
    record HandOver(@NotBlank @Size(max = 50) String carrier,
                    @NotBlank @Size(max = 64)
                    @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "{validation.tracking-number}")
                    String trackingNumber) {
    }

    /** A same-city courier took the goods. */
    record Dispatch(@NotBlank @Size(max = 50) String courierName,
                    @NotBlank @Pattern(regexp = "^\\+?[0-9 -]{5,20}$", message = "{validation.courier-phone}")
                    String courierPhone) {
    }
}
