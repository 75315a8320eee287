package io.oneshelf.distribution.commission;

import io.oneshelf.distribution.network.DistributionSettings;
import io.oneshelf.distribution.network.Distributor;
import io.oneshelf.distribution.network.DistributorStore;
import io.oneshelf.distribution.network.Distributors;
import io.oneshelf.distribution.network.MemberNames;
import io.oneshelf.distribution.network.Referral;
import io.oneshelf.distribution.network.ReferralStore;
import io.oneshelf.distribution.network.Referrals;
import io.oneshelf.distribution.network.SettingsStore;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's side of distribution: following a share link or code, applying, and their distributor
 * centre (share code and link, the brand's binding rule, balances, team, commission, withdrawals).
 */
@RestController
@Tag(name = "Shop")
class ShopDistributionController {

    private static final String ME = "/api/v1/shop/{brandCode}/me/distributor";

    private final Distributors distributors;
    private final DistributorStore store;
    private final Referrals referrals;
    private final ReferralStore bindings;
    private final SettingsStore settings;
    private final Payouts payouts;
    private final Ledger ledger;
    private final Withdrawals withdrawals;
    private final MemberNames people;

    ShopDistributionController(Distributors distributors, DistributorStore store, Referrals referrals,
                               ReferralStore bindings, SettingsStore settings, Payouts payouts, Ledger ledger,
                               Withdrawals withdrawals, MemberNames people) {
        this.people = people;
        this.distributors = distributors;
        this.store = store;
        this.referrals = referrals;
        this.bindings = bindings;
        this.settings = settings;
        this.payouts = payouts;
        this.ledger = ledger;
        this.withdrawals = withdrawals;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FollowReferral")
    record Follow(@NotBlank @Size(max = 20) String code, @Pattern(regexp = "LINK|CODE") String source) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ApplyDistributor")
    record Apply(@Size(max = 20) String inviterCode, @Size(max = 64) String payee) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "RequestWithdrawal")
    record Withdraw(@NotNull @Min(1) @Max(100_000_000) Long amount) {
    }

    /** The customer's referrer now (all null when none). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "MyReferrer")
    record MyReferrer(UUID distributorId, String code, String source, OffsetDateTime startedAt,
                      OffsetDateTime expiresAt) {
    }

    /**
     * The distributor centre: the distributor (null before applying), their share link, the brand's binding rule
     * as it binds their customers, and their balances (zero before approval).
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DistributorCentre")
    record Centre(Distributor distributor, String link, DistributionSettings.BindingRule bindingRule,
                  int bindingDays, int protectionDays, int returnWindowDays, long minWithdrawal, Balance balance) {
    }

    /** A customer of the distributor's team (named by their name's first character and masked phone): since, until. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DistributorTeamMember")
    record TeamMember(UUID bindingId, UUID customerId, String name, String source, OffsetDateTime since,
                      OffsetDateTime until) {
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/referrer")
    @Operation(operationId = "getMyReferrer", summary = "Who referred the customer now (all fields null when none)")
    MyReferrer referrer(@PathVariable String brandCode) {
        Shopper s = Shopper.current();
        return bindings.at(s.brandId(), s.customerId(), OffsetDateTime.now()).map(this::view)
                .orElse(new MyReferrer(null, null, null, null, null));
    }

    @PostMapping("/api/v1/shop/{brandCode}/me/referrer")
    @Operation(operationId = "followReferral", summary = "The customer opened a distributor's share link (or typed "
            + "their code): binds them under the brand's rule and answers their referrer now. A code of no approved "
            + "distributor is 400 on code")
    MyReferrer follow(@PathVariable String brandCode, @Valid @RequestBody Follow b) {
        Shopper s = Shopper.current();
        return referrals.follow(s.brandId(), s.customerId(), b.code(), b.source() == null ? "LINK" : b.source())
                .map(this::view).orElse(new MyReferrer(null, null, null, null, null));
    }

    private MyReferrer view(Referral r) {
        String code = store.find(Shopper.current().brandId(), r.distributorId()).map(Distributor::code).orElse(null);
        return new MyReferrer(r.distributorId(), code, r.source(), r.startedAt(), r.expiresAt());
    }

    @GetMapping(ME)
    @Operation(operationId = "getMyDistributorCentre", summary = "The customer's distributor centre: their "
            + "application or distributor, share link, the brand's binding rule, balances")
    Centre centre(@PathVariable String brandCode) {
        Shopper s = Shopper.current();
        DistributionSettings rule = settings.of(s.brandId());
        Distributor d = store.ofCustomer(s.brandId(), s.customerId()).orElse(null);
        String link = d == null || !d.approved() ? null : "/shop.html#/" + brandCode + "?ref=" + d.code();
        Balance balance = d == null ? new Balance(0, 0, 0, 0) : payouts.balance(s.brandId(), d.id());
        return new Centre(d, link, rule.bindingRule(), rule.bindingDays(), rule.protectionDays(),
                rule.returnWindowDays(), rule.minWithdrawal(), balance);
    }

    @PostMapping(ME)
    @ApiResponse(responseCode = "201", description = "The centre with the application", useReturnTypeSchema = true)
    @Operation(operationId = "applyDistributor", summary = "Apply to become a distributor (invited by a "
            + "distributor's code if given: 400 on inviterCode when it names no approved distributor), with the "
            + "WeChat openid withdrawals are paid to; asking again answers the application, a rejected one applies "
            + "again")
    ResponseEntity<Centre> apply(@PathVariable String brandCode, @Valid @RequestBody Apply b) {
        Shopper s = Shopper.current();
        distributors.apply(s.brandId(), s.customerId(), b.inviterCode(), b.payee());
        return ResponseEntity.status(201).body(centre(brandCode));
    }

    @GetMapping(ME + "/team")
    @ApiResponse(responseCode = "200", description = "A page of them", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Not a distributor: the customer never applied (on status)")
    @Operation(operationId = "listMyDistributorTeam", summary = "The customers bound to the distributor now, newest "
            + "first, a page at a time")
    Page<TeamMember> team(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                          @RequestParam(required = false) Integer limit) {
        Distributor d = mine();
        if (d == null) {
            return new Page<>(java.util.List.of(), null);
        }
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        UUID brand = Shopper.current().brandId();
        return Page.of(bindings.team(brand, d.id(), before, size + 1), size, Referral::id)
                .map(r -> new TeamMember(r.id(), r.customerId(), people.toDistributor(brand, r.customerId()),
                        r.source(), r.startedAt(), r.expiresAt()));
    }

    @GetMapping(ME + "/commissions")
    @ApiResponse(responseCode = "200", description = "A page of them", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Not a distributor: the customer never applied (on status)")
    @Operation(operationId = "listMyDistributorCommissions", summary = "The distributor's commission ledger (orders "
            + "earned, reversed, settled, clawed back), newest first, a page at a time")
    Page<Entry> commissions(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        Distributor d = required();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(ledger.ofDistributor(Shopper.current().brandId(), d.id(), before, size + 1), size, Entry::id);
    }

    @GetMapping(ME + "/withdrawals")
    @ApiResponse(responseCode = "200", description = "A page of them", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Not a distributor: the customer never applied (on status)")
    @Operation(operationId = "listMyWithdrawals", summary = "The distributor's withdrawals, newest first, a page at "
            + "a time")
    Page<Withdrawal> myWithdrawals(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        Distributor d = required();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(payouts.list(Shopper.current().brandId(), d.id(), null, before, size + 1), size,
                Withdrawal::id);
    }

    @PostMapping(ME + "/withdrawals")
    @ApiResponse(responseCode = "201", description = "The withdrawal, held until staff decide",
            useReturnTypeSchema = true)
    @Operation(operationId = "requestWithdrawal", summary = "Withdraw available commission: held from the available "
            + "balance until staff approve. More than is available is 409 on amount, less than the brand's least "
            + "400 on amount; a distributor not approved 409 on status, one without a payee 409 on payee")
    ResponseEntity<Withdrawal> withdraw(@PathVariable String brandCode, @Valid @RequestBody Withdraw b) {
        return ResponseEntity.status(201).body(withdrawals.request(Shopper.current().brandId(), required(),
                b.amount()));
    }

    private Distributor mine() {
        Shopper s = Shopper.current();
        return store.ofCustomer(s.brandId(), s.customerId()).orElse(null);
    }

    private Distributor required() {
        Distributor d = mine();
        if (d == null) {
            throw Rejection.conflict("status", "distribution.distributor.not-applied");
        }
        return d;
    }
}
