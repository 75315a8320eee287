package io.oneshelf.payment.tender;

import io.oneshelf.org.Places;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.Payments;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments for staff and integrators: the tenders of a reference, one tender, asking a gateway about a pending one,
 * and the ledger check. Taking and refunding money is the selling modules' (an order's checkout and returns). A
 * caller scoped to places sees the tenders taken at them; a brand-wide one also sees online tenders.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentController {

    private final Payments payments;
    private final PaymentBook book;
    private final PaymentCheck check;
    private final Places places;

    PaymentController(Payments payments, PaymentBook book, PaymentCheck check, Places places) {
        this.payments = payments;
        this.book = book;
        this.check = check;
        this.places = places;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('payment:read')")
    @Operation(operationId = "listPayments",
            summary = "Tenders within your scope, oldest first, optionally of one reference (e.g. order:<id>)")
    Page<Payment> list(@Parameter(description = "The payable they pay, e.g. order:<uuid>")
                       @RequestParam(required = false) String reference,
                       @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        Actor actor = Actor.current();
        return Page.of(book.page(actor.tenantId(), reference(reference), visible(actor), Page.after(cursor), size + 1)
                .stream().map(Tendered::view).toList(), size, Payment::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('payment:read')")
    @Operation(operationId = "getPayment", summary = "One tender: its status, amounts, refunds and gateway facts")
    Payment get(@PathVariable UUID id) {
        return visible(Actor.current(), id).view();
    }

    @PostMapping("/{id}/query")
    @PreAuthorize("hasAuthority('payment:query')")
    @ApiResponse(responseCode = "200", description = "The tender after the gateway's answer was applied",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "The gateway could not be reached; try again")
    @Operation(operationId = "queryPayment",
            summary = "Ask the gateway about a pending tender (for a notification that never came) and apply its"
                      + " answer; a tender that is not pending is answered as it is")
    Payment query(@PathVariable UUID id) {
        Actor actor = Actor.current();
        visible(actor, id);
        return payments.query(actor.tenantId(), id);
    }

    @GetMapping("/check")
    @PreAuthorize("hasAuthority('payment:read')")
    @Operation(operationId = "checkPayments",
            summary = "References within your scope (or one) whose payment ledger disagrees with their tenders and"
                      + " refunds (none when all is well): captured, refunded, never more refunded than captured")
    PaymentCheck.Reconciliation check(@RequestParam(required = false) String reference) {
        Actor actor = Actor.current();
        return check.check(actor.tenantId(), reference(reference), visible(actor));
    }

    private Tendered visible(Actor actor, UUID id) {
        UUID[] scope = visible(actor);
        return book.find(actor.tenantId(), id)
                .filter(p -> scope == null || (p.placeId() != null && java.util.Arrays.asList(scope)
                        .contains(p.placeId())))
                .orElseThrow(() -> Rejection.notFound("payment"));
    }

    /** The places a scoped caller sees; null for a brand-wide one (every tender, online ones too). */
    private UUID[] visible(Actor actor) {
        return actor.brandWide() ? null
                : places.visibleTo(actor).stream().map(io.oneshelf.org.PlaceRef::id).toArray(UUID[]::new);
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        if (reference.length() > TakeRules.MAX_TEXT) {
            throw Rejection.invalid("reference", "validation.size.text.max", TakeRules.MAX_TEXT);
        }
        return reference;
    }
}
