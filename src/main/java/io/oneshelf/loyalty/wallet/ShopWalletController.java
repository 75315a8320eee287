package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's own wallet in a brand's shop (会员中心 → 储值): balance, history, the brand's active
 * top-up plans, and a top-up paid by WeChat Pay, credited when the gateway confirms it.
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}")
@Tag(name = "Shop wallet")
class ShopWalletController {

    private final WalletReads reads;
    private final TopUps topUps;
    private final TopUpBook book;
    private final WalletPlans plans;

    ShopWalletController(WalletReads reads, TopUps topUps, TopUpBook book, WalletPlans plans) {
        this.reads = reads;
        this.topUps = topUps;
        this.book = book;
        this.plans = plans;
    }

    @GetMapping("/me/wallet")
    @Operation(operationId = "getShopWallet", summary = "The customer's wallet: principal, bonus and balance")
    WalletViews.WalletView wallet(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return reads.wallet(shopper.brandId(), shopper.customerId());
    }

    @GetMapping("/me/wallet/entries")
    @Operation(operationId = "listShopWalletEntries", summary = "The customer's wallet history, newest first")
    Page<WalletViews.WalletEntryView> entries(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        return reads.entries(shopper.brandId(), shopper.customerId(), cursor, limit);
    }

    @GetMapping("/wallet-plans")
    @Operation(operationId = "listShopWalletPlans", summary = "The brand's active top-up plans (pay so much, get so "
            + "much more), a page at a time")
    Page<WalletPlan> plans(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(plans.page(Shopper.current().brandId(), true, Page.after(cursor), size + 1), size,
                WalletPlan::id);
    }

    @GetMapping("/me/wallet/top-ups")
    @Operation(operationId = "listShopWalletTopUps", summary = "The customer's top-ups, newest first")
    Page<WalletViews.TopUpView> list(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        return reads.topUps(shopper.brandId(), shopper.customerId(), cursor, limit);
    }

    @GetMapping("/me/wallet/top-ups/{id}")
    @Operation(operationId = "getShopWalletTopUp", summary = "One of the customer's top-ups: PENDING until paid, "
            + "then CREDITED")
    WalletViews.TopUpView get(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        return reads.view(book.find(shopper.brandId(), id).filter(t -> t.customerId().equals(shopper.customerId()))
                .orElseThrow(() -> Rejection.notFound("top-up")));
    }

    @PostMapping("/me/wallet/top-ups")
    @ApiResponse(responseCode = "201", description = "Opened: pay it at payUrl", useReturnTypeSchema = true)
    @Operation(operationId = "topUpShopWallet", summary = "Top the wallet up by a plan (or an amount without bonus), "
            + "paid by WeChat Pay: open the answer's payUrl; credited once the gateway confirms the payment")
    ResponseEntity<WalletViews.TopUpView> topUp(@PathVariable String brandCode,
                                                @Valid @RequestBody WalletViews.ShopTopUp body) {
        Shopper shopper = Shopper.current();
        TopUp opened = topUps.online(shopper.brandId(), shopper.customerId(),
                topUps.amounts(shopper.brandId(), body.planId(), body.amount()));
        return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/me/wallet/top-ups/" + opened.id()))
                .body(reads.view(opened));
    }
}
