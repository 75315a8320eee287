package io.oneshelf.guide.binding;

import io.oneshelf.member.Customer;
import io.oneshelf.member.PhoneNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The bodies and answers of the binding calls. */
final class BindingViews {

    private BindingViews() {
    }

    /** A manager binds a customer to a guide of a store in their scope. */
    record AssignGuide(@NotNull UUID customerId, @NotNull UUID guideId) {
    }

    /** The customer came through a guide's share link, whose code is {@code code}. */
    record FollowGuideLink(@NotNull @Size(min = 1, max = 64) String code) {
    }

    /** A binding as staff see it, with the guide's name (null for a store's pool). */
    record GuideBinding(UUID id, UUID customerId, UUID guideId, String guideName, UUID storeId, String source,
                        UUID handoverId, UUID byStaffId, OffsetDateTime startedAt, OffsetDateTime endedAt) {

        static GuideBinding of(Binding b, Map<UUID, String> names) {
            return new GuideBinding(b.id(), b.customerId(), b.guideId(), names.get(b.guideId()), b.storeId(),
                    b.source().name(), b.handoverId(), b.byStaffId(), b.startedAt(), b.endedAt());
        }
    }

    /** A customer bound to a guide now: who, how and since when. */
    record BoundCustomer(UUID bindingId, UUID customerId, String name, String phone, boolean phoneMasked,
                         String source, OffsetDateTime since) {

        static BoundCustomer of(Binding b, Customer c, boolean fullPhone) {
            String phone = c == null ? null : fullPhone ? c.phone() : PhoneNumber.masked(c.phone());
            return new BoundCustomer(b.id(), b.customerId(), c == null ? null : c.name(), phone, !fullPhone,
                    b.source().name(), b.startedAt());
        }
    }

    /** The customer's own exclusive guide, as the shop shows it; all null when they have none. */
    record MyGuide(UUID guideId, String name, UUID storeId, OffsetDateTime since) {

        static final MyGuide NONE = new MyGuide(null, null, null, null);
    }
}
