package io.oneshelf.member.profile;

import io.oneshelf.member.Birthday;
import io.oneshelf.member.Customers;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Customers and merges as staff see them: phones masked unless the reader may see them, stores by name. */
@Component
class CustomerViews {

    private final Places places;
    private final CustomerDirectory directory;
    private final Customers customers;

    CustomerViews(Places places, CustomerDirectory directory, Customers customers) {
        this.places = places;
        this.directory = directory;
        this.customers = customers;
    }

    /** A customer as listed; {@code phone} is {@code 138****1234} when {@code phoneMasked}. */
    @Schema(name = "CustomerListing")
    record Row(UUID id, String phone, boolean phoneMasked, String name, String cardNumber, String source,
               OffsetDateTime registeredAt, UUID registeredStoreId, String registeredStoreName, UUID mergedIntoId,
               List<String> tags) {
    }

    /** One way the customer is recognised; the phone masked as the customer's is. */
    @Schema(name = "CustomerIdentity")
    record IdentityView(IdentityKind kind, String value, boolean masked, OffsetDateTime since) {
    }

    /** The customer of the 360° page: as listed, with every identity. */
    @Schema(name = "CustomerProfile")
    record Profile(UUID id, String phone, boolean phoneMasked, String name, String cardNumber, String source,
                   OffsetDateTime registeredAt, UUID registeredStoreId, String registeredStoreName,
                   UUID mergedIntoId, List<String> tags, List<IdentityView> identities, Birthday birthday) {
    }

    /** A merge with both customers by name and card number (a merged customer may have no name). */
    @Schema(name = "CustomerMerge")
    record MergeView(UUID id, UUID survivorId, String survivorName, String survivorCardNumber, UUID mergedId,
                     String mergedName, String mergedCardNumber, CustomerMerges.Status status, int identitiesMoved,
                     int addressesMoved, List<String> tagsMoved, String mergedBy, OffsetDateTime mergedAt,
                     String decidedBy, OffsetDateTime decidedAt) {
    }

    Row row(CustomerDirectory.Listed c, Actor reader) {
        boolean full = reader.can(Permission.CUSTOMER_PHONE);
        return new Row(c.id(), full ? c.phone() : PhoneNumber.masked(c.phone()), !full, c.name(), c.cardNumber(),
                c.source(), c.registeredAt(), c.registeredStoreId(), storeName(reader.tenantId(),
                c.registeredStoreId()), c.mergedInto(), c.tags());
    }

    Profile profile(CustomerDirectory.Listed c, Actor reader) {
        Row r = row(c, reader);
        List<IdentityView> identities = new ArrayList<>();
        identities.add(new IdentityView(IdentityKind.PHONE, r.phone(), r.phoneMasked(), c.registeredAt()));
        identities.add(new IdentityView(IdentityKind.CARD_NUMBER, c.cardNumber(), false, c.registeredAt()));
        directory.identities(reader.tenantId(), c.id()).forEach(i ->
                identities.add(new IdentityView(i.kind(), i.value(), false, i.since())));
        return new Profile(r.id(), r.phone(), r.phoneMasked(), r.name(), r.cardNumber(), r.source(),
                r.registeredAt(), r.registeredStoreId(), r.registeredStoreName(), r.mergedIntoId(), r.tags(),
                identities, customers.birthday(reader.tenantId(), c.id()).orElse(null));
    }

    MergeView merge(CustomerMerges.Merge m, Actor reader) {
        var survivor = directory.find(reader.tenantId(), m.survivorId()).orElseThrow();
        var merged = directory.find(reader.tenantId(), m.mergedId()).orElseThrow();
        return new MergeView(m.id(), m.survivorId(), survivor.name(), survivor.cardNumber(), m.mergedId(),
                merged.name(), merged.cardNumber(), m.status(), m.moved().identities().size(),
                m.moved().addresses().size(), m.moved().tags(), m.mergedBy(), m.mergedAt(), m.decidedBy(),
                m.decidedAt());
    }

    private String storeName(UUID brand, UUID storeId) {
        return storeId == null ? null : places.find(brand, storeId).map(PlaceRef::name).orElse(null);
    }
}
