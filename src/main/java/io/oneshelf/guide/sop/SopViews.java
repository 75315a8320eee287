package io.oneshelf.guide.sop;

import io.oneshelf.member.Customer;
import io.oneshelf.member.PhoneNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The SOP API's bodies and answers. */
final class SopViews {

    private SopViews() {
    }

    /** A playbook rule as written in the editor; {@code version} only when replacing one. */
    @Schema(name = "SopRuleBody")
    record RuleBody(@NotBlank @Size(max = 80) String name, @NotNull SopRule.Kind kind,
                    @NotNull @Min(0) @Max(3650) Integer days, @Min(0) Long threshold,
                    @NotBlank @Size(max = 500) String message, @Size(max = 500) String link,
                    @Min(0) @Max(365) Integer dueDays, @Min(1) @Max(365) Integer resultDays, UUID storeId,
                    Boolean enabled, Integer version) {

        SopRules.Terms terms() {
            return new SopRules.Terms(name, kind, days, threshold, message, link, dueDays == null ? 3 : dueDays,
                    resultDays == null ? 7 : resultDays, storeId, enabled == null || enabled);
        }
    }

    /** Completing a task, with what came of the contact. */
    record Completion(@Size(max = 500) String note) {
    }

    /** What a scan made now ({@code ran} false: another instance was scanning the brand). */
    record ScanOutcome(boolean ran, int created) {
    }

    /**
     * A task as the inbox shows it, {@code overdue} as of now, with whom to contact: the customer's name and masked
     * phone (null when the customer is gone).
     */
    @Schema(name = "SopTask")
    record TaskView(UUID id, UUID ruleId, UUID customerId, String customerName, String customerPhone, UUID guideId,
                    UUID storeId, String message, String link, String status, boolean overdue, OffsetDateTime dueAt,
                    OffsetDateTime createdAt, OffsetDateTime completedAt, UUID completedBy, String note,
                    UUID convertedOrderId, Long convertedAmount, OffsetDateTime resultUntil) {

        static TaskView of(SopTask t, Customer c) {
            return new TaskView(t.id(), t.ruleId(), t.customerId(), c == null ? null : c.name(),
                    c == null ? null : PhoneNumber.masked(c.phone()), t.guideId(), t.storeId(), t.message(),
                    t.link(), t.status(), SopTasks.overdueNow(t), t.dueAt(), t.createdAt(), t.completedAt(),
                    t.completedBy(), t.note(), t.convertedOrderId(), t.convertedAmount(), t.resultUntil());
        }
    }
}
