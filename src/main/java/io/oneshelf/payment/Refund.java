package io.oneshelf.payment;

import java.util.List;
import java.util.UUID;

/** A refund spread over the tenders that paid: one part per tender, each with its own status. */
public record Refund(String refundReference, String reference, long amount, List<Part> parts) {

    public enum Status { PENDING, SUCCEEDED, FAILED }

    public record Part(UUID refundId, UUID paymentId, Tender tender, long amount, Status status) {
    }

    public boolean settled() {
        return parts.stream().allMatch(p -> p.status() == Status.SUCCEEDED);
    }
}
