package io.oneshelf.loyalty.wallet;

import io.oneshelf.member.Customers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's stored-value wallet for staff: the balance by owner, the history and the top-ups. Customers are the
 * brand's, so any of its staff with the permission may read them.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/wallet")
@Tag(name = "Wallets")
class WalletController {

    private final WalletReads reads;
    private final Customers customers;

    WalletController(WalletReads reads, Customers customers) {
        this.reads = reads;
        this.customers = customers;
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
    Page<WalletViews.WalletEntryView> entries(@PathVariable UUID id, @RequestParam(required = false) String cursor,
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

    /** The caller's brand, once the customer is found in it. */
    private UUID customer(UUID customerId) {
        UUID brand = Actor.current().tenantId();
        customers.find(brand, customerId).orElseThrow(() -> Rejection.notFound("customer"));
        return brand;
    }
}
