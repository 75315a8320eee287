package io.oneshelf.loyalty.wallet;

import io.oneshelf.member.Customers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.web.Page;
import io.oneshelf.org.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
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
 * A customer's stored-value wallet for staff: the balance by owner, the history, the top-ups, and a top-up at a
 * store of the caller's scope paid in cash or by card. Customers are the brand's, so any of its staff with the
 * permission may read them.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/wallet")
@Tag(name = "Wallets")
class WalletController {

    private final WalletReads reads;
    private final TopUps topUps;
    private final Customers customers;
    private final Scopes scopes;

    WalletController(WalletReads reads, TopUps topUps, Customers customers, Scopes scopes) {
        this.reads = reads;
        this.topUps = topUps;
        this.customers = customers;
        this.scopes = scopes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "getWallet", summary = "A customer's wallet: principal, bonus, balance and what each "
            + "owner (the brand, a franchisee) holds of it; zeros before the first top-up")
    WalletViews.WalletView get(@PathVariable UUID id) {
        return reads.wallet(customer(id), id);
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "listWalletEntries", summary = "A customer's wallet history, newest first: top-ups, "
            + "spends and refunds, one row per owner of the value moved")
    Page<WalletViews.EntryView> entries(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Integer limit) {
        return reads.entries(customer(id), id, cursor, limit);
    }

    @GetMapping("/top-ups")
    @PreAuthorize("hasAuthority('wallet:read')")
    @Operation(operationId = "listWalletTopUps", summary = "A customer's top-ups, newest first, pending or credited")
    Page<WalletViews.TopUpView> topUps(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                       @RequestParam(required = false) Integer limit) {
        return reads.topUps(customer(id), id, cursor, limit);
    }

    @PostMapping("/top-ups")
    @PreAuthorize("hasAuthority('wallet:top-up')")
    @ApiResponse(responseCode = "201", description = "Paid and credited", useReturnTypeSchema = true)
    @Operation(operationId = "topUpWallet", summary = "Top a customer's wallet up at a store of your scope, by a plan "
            + "or an amount, paid in CASH (change given) or by CARD; credited at once, owned by the store's owner")
    ResponseEntity<WalletViews.TopUpView> topUp(@PathVariable UUID id, @Valid @RequestBody WalletViews.StoreTopUp body) {
        Actor actor = Actor.current();
        UUID brand = customer(id);
        scopes.within(actor, ScopeType.STORE, body.storeId(), "storeId");
        TopUp done = topUps.atStore(brand, id, topUps.amounts(brand, body.planId(), body.amount()), body.storeId(),
                actor.kind() == Actor.Kind.STAFF ? actor.id() : null, body.tender(), body.cashTendered(),
                body.cardReference());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/wallet/top-ups"))
                .body(reads.view(done));
    }

    /** The caller's brand, once the customer is found in it. */
    private UUID customer(UUID customerId) {
        UUID brand = Actor.current().tenantId();
        customers.find(brand, customerId).orElseThrow(() -> Rejection.notFound("customer"));
        return brand;
    }
}
