package io.oneshelf.voucher.book;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service vouchers for store staff: the vouchers of the stores within your scope (of one order), one voucher and its
 * QR image, looking a code up, redeeming uses (核銷) and refunding what is left.
 */
@RestController
@RequestMapping("/api/v1/vouchers")
@Tag(name = "Service vouchers")
class VoucherController {

    private final VoucherDesk desk;
    private final VoucherBook book;
    private final Places places;

    VoucherController(VoucherDesk desk, VoucherBook book, Places places) {
        this.desk = desk;
        this.book = book;
        this.places = places;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "listVouchers", summary = "Vouchers used at the stores within your scope (optionally of "
            + "one order), oldest first")
    Page<VoucherViews.VoucherView> list(@RequestParam(required = false) UUID orderId,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID[] stores = actor.brandWide() ? null
                : places.visibleTo(actor).stream().map(PlaceRef::id).toArray(UUID[]::new);
        return Page.of(book.list(actor.tenantId(), orderId, null, stores, Page.after(cursor), size + 1), size,
                Voucher::id).map(desk::view);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "getVoucher", summary = "One voucher: its uses, what is left, its expiry and history")
    VoucherViews.VoucherView get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return desk.view(desk.visible(actor, id, false));
    }

    // no "produces": a refusal must still be answered as problem+json to a caller that accepts only images
    @GetMapping("/{id}/qr.png")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "getVoucherQr", summary = "The voucher's QR image (PNG, size pixels square, 120–1024)")
    @ApiResponse(responseCode = "200", description = "The QR image", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> qr(@PathVariable UUID id, @RequestParam(defaultValue = "320") int size) {
        Voucher v = desk.visible(Actor.current(), id, false);
        return png(v, size);
    }

    @PostMapping("/lookup")
    @PreAuthorize("hasAuthority('fulfillment:read')")
    @Operation(operationId = "lookUpVoucher", summary = "The voucher a code or scanned QR names, to check it before "
            + "redeeming; changes nothing (404 unknown, 400 another store's)")
    VoucherViews.VoucherView lookup(@Valid @RequestBody VoucherViews.Present body) {
        return desk.lookup(Actor.current(), code(body.code(), body.qr()));
    }

    @PostMapping("/redeem")
    @PreAuthorize("hasAuthority('fulfillment:write')")
    @Operation(operationId = "redeemVoucher", summary = "Redeem uses of a voucher at its store (核銷): 409 when "
            + "expired, used up or refunded; 400 on uses beyond what is left or on code for another store's")
    VoucherViews.VoucherView redeem(@Valid @RequestBody VoucherViews.Redeem body) {
        return desk.redeem(Actor.current(), code(body.code(), body.qr()), body.uses());
    }

    @PostMapping("/{id}/refund")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "refundVoucher", summary = "Refund what is left of a voucher (expired or not): an "
            + "untouched one as a return of its order line, a partly used one by its unused share; 409 when nothing "
            + "is left")
    VoucherViews.VoucherView refund(@PathVariable UUID id) {
        return desk.refund(Actor.current(), id);
    }

    static ResponseEntity<byte[]> png(Voucher v, int size) {
        if (size < VoucherQr.MIN_SIZE || size > VoucherQr.MAX_SIZE) {
            throw Rejection.invalid("size", "validation.range", VoucherQr.MIN_SIZE, VoucherQr.MAX_SIZE);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(VoucherQr.png(VoucherQr.content(v.id(), v.code()), size));
    }

    /** The code typed, or the one a scanned QR holds: exactly one of them. */
    static String code(String code, String qr) {
        boolean typed = code != null && !code.isBlank();
        boolean scanned = qr != null && !qr.isBlank();
        if (typed == scanned) {
            throw Rejection.invalid("code", "voucher.code-or-qr");
        }
        if (typed) {
            return code.trim();
        }
        return VoucherQr.codeOf(qr).orElseThrow(() -> Rejection.invalid("qr", "voucher.qr-unknown"));
    }
}
