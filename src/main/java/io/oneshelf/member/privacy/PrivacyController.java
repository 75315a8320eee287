package io.oneshelf.member.privacy;

import io.oneshelf.member.Customers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy (PIPL): a signed-in customer's consents per purpose and channel, the export of their data, and their
 * request to be deleted (anonymised at once); staff read a customer's consent history on the 360° page.
 */
@RestController
@Tag(name = "Shop account")
class PrivacyController {

    private static final String ME = "/api/v1/shop/{brandCode}/me";

    private final Privacy privacy;
    private final Customers customers;

    PrivacyController(Privacy privacy, Customers customers) {
        this.privacy = privacy;
        this.customers = customers;
    }

    @Schema(name = "ConsentRequest")
    record ConsentBody(@NotNull Privacy.Purpose purpose, @NotNull Privacy.Channel channel, @NotNull Boolean granted) {
    }

    /** {@code confirm}: true, to say the customer means it (a body-less call deletes nothing). */
    @Schema(name = "DeletionRequest")
    record DeletionBody(@NotNull @jakarta.validation.constraints.AssertTrue Boolean confirm) {
    }

    @GetMapping(ME + "/consents")
    @Operation(operationId = "listShopConsents", summary = "The customer's current consent per purpose and channel",
            description = "A small bounded list, answered as a bare JSON array without paging.")
    List<Privacy.Consent> consents(@PathVariable String brandCode) {
        Shopper s = Shopper.current();
        return privacy.current(s.brandId(), s.customerId());
    }

    @PutMapping(ME + "/consents")
    @Operation(operationId = "recordShopConsent", summary = "Grant or withdraw consent for a purpose (MARKETING, "
            + "PROFILING) on a channel (SMS, WECHAT, EMAIL, APP); recorded with the time and the source shop")
    Privacy.Consent consent(@PathVariable String brandCode, @Valid @RequestBody ConsentBody body) {
        Shopper s = Shopper.current();
        return privacy.record(s.brandId(), s.customerId(), body.purpose(), body.channel(), body.granted(), "shop");
    }

    @GetMapping(ME + "/export")
    @Operation(operationId = "exportShopCustomerData", summary = "Everything the shop keeps of the customer as a "
            + "member (profile, identities, addresses, tags, consents) as JSON; orders are at …/orders")
    Map<String, Object> export(@PathVariable String brandCode) {
        Shopper s = Shopper.current();
        return privacy.export(s.brandId(), s.customerId());
    }

    @PostMapping(ME + "/deletion")
    @ApiResponse(responseCode = "204", description = "Anonymised: the customer's tokens no longer refresh")
    @Operation(operationId = "deleteShopCustomer", summary = "Delete the customer's personal data (anonymise: phone, "
            + "name, addresses, identities and tags gone; orders and ledgers keep their amounts)")
    ResponseEntity<Void> delete(@PathVariable String brandCode, @Valid @RequestBody DeletionBody body) {
        Shopper s = Shopper.current();
        privacy.anonymise(s.brandId(), s.customerId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/customers/{id}/consents")
    @PreAuthorize("hasAuthority('customer:read')")
    @Tag(name = "Customers")
    @Operation(operationId = "listCustomerConsents", summary = "A customer's consent answers, newest first (at most "
            + "500), each with its time and source",
            description = "Answered as a bare JSON array without paging: an exception to the {items, nextCursor} "
                    + "rule.")
    List<Privacy.Consent> history(@PathVariable UUID id) {
        Actor actor = Actor.current();
        customers.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("customer"));
        return privacy.history(actor.tenantId(), id);
    }
}
