package io.oneshelf.loyalty.wallet;

import io.oneshelf.member.Customers;
import io.oneshelf.org.Scopes;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A cashier (or any staff with the permission) tops a customer's wallet up at a store of their scope. */
@RestController
@RequestMapping("/api/v1/wallet-top-ups")
@Tag(name = "Wallets")
class WalletTopUpController {

    private final TopUps topUps;
    private final WalletReads reads;
    private final Customers customers;
    private final Scopes scopes;

    WalletTopUpController(TopUps topUps, WalletReads reads, Customers customers, Scopes scopes) {
        this.topUps = topUps;
        this.reads = reads;
        this.customers = customers;
        this.scopes = scopes;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('wallet:top-up')")
    @ApiResponse(responseCode = "201", description = "Paid and credited", useReturnTypeSchema = true)
    @Operation(operationId = "topUpWallet", summary = "Top a customer's wallet up at a store of your scope, by a plan "
            + "or an amount, paid in CASH (change given) or by CARD; credited at once, owned by the store's owner")
    ResponseEntity<WalletViews.TopUpView> topUp(@Valid @RequestBody WalletViews.StoreTopUp body) {
        Actor actor = Actor.current();
        UUID brand = actor.tenantId();
        customers.find(brand, body.customerId())
                .orElseThrow(() -> Rejection.invalid("customerId", "loyalty.wallet.customer.unknown"));
        scopes.within(actor, ScopeType.STORE, body.storeId(), "storeId");
        TopUp done = topUps.atStore(brand, body.customerId(), topUps.amounts(brand, body.planId(), body.amount()),
                body.storeId(), actor.kind() == Actor.Kind.STAFF ? actor.id() : null, body.tender(),
                body.cashTendered(), body.cardReference());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + body.customerId() + "/wallet/top-ups"))
                .body(reads.view(done));
    }
}
