package io.oneshelf.member.customer;

import io.oneshelf.member.Address;
import io.oneshelf.member.Customer;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers as staff find them: by phone (a guide creating an order, a cashier at the till; a new number registers
 * the customer), by id, and their delivery addresses. Customers
 * belong to the whole brand, not to a store, so every scope of the brand finds every customer. The phone is masked
 * unless the caller's role may see it ({@code customer:phone}, decision 0025).
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerController {

    /** Who registers a customer through {@link #findOrRegister}: a guide (or cashier) taking their order. */
    static final String STAFF_SOURCE = "guide-order";

    private final CustomerBook customers;
    private final AddressBook addresses;

    CustomerController(CustomerBook customers, AddressBook addresses) {
        this.customers = customers;
        this.addresses = addresses;
    }

    /** A mobile number as people write it (138 1234 5678, +86…). */
    @Schema(name = "FindOrRegisterCustomerRequest")
    record ByPhone(@NotNull @Size(max = 30) String phone) {
    }

    /** A customer's delivery address as staff see it: the recipient's phone masked as the customer's is. */
    @Schema(name = "StaffCustomerAddress")
    record StaffAddress(UUID id, String recipient, String phone, boolean phoneMasked, String province, String city,
                        String district, String line, Double latitude, Double longitude, boolean preferred) {

        static StaffAddress of(Address a, Actor reader) {
            boolean full = reader.can(Permission.CUSTOMER_PHONE);
            return new StaffAddress(a.id(), a.recipient(), full ? a.phone() : PhoneNumber.masked(a.phone()), !full,
                    a.province(), a.city(), a.district(), a.line(), a.latitude(), a.longitude(), a.preferred());
        }
    }

    /** A customer as staff see them; {@code phone} is {@code 138****1234} when {@code phoneMasked}. */
    record StaffCustomer(UUID id, String phone, boolean phoneMasked, String name, OffsetDateTime registeredAt) {

        static StaffCustomer of(Customer c, Actor reader) {
            boolean full = reader.can(Permission.CUSTOMER_PHONE);
            return new StaffCustomer(c.id(), full ? c.phone() : PhoneNumber.masked(c.phone()), !full, c.name(),
                    c.registeredAt());
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomer", summary = "One customer of the brand")
    StaffCustomer get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return customers.find(actor.tenantId(), id).map(c -> StaffCustomer.of(c, actor))
                .orElseThrow(() -> Rejection.notFound("customer"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('order:write')")
    @ApiResponse(responseCode = "200", description = "The brand's customer with this number",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "Registered now: the brand had no customer with this number",
            useReturnTypeSchema = true, headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "findOrRegisterCustomer", summary = "The customer with a mobile number, registered now "
            + "when the brand has none (a guide taking an order for them); 400 on phone when it is not a mainland "
            + "mobile number")
    ResponseEntity<StaffCustomer> findOrRegister(@Valid @RequestBody ByPhone body) {
        Actor actor = Actor.current();
        PhoneNumber number = PhoneNumber.parse(body.phone())
                .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
        CustomerBook.Registration found = customers.register(actor.tenantId(), number, STAFF_SOURCE);
        StaffCustomer customer = StaffCustomer.of(found.customer(), actor);
        return found.registered()
                ? ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id())).body(customer)
                : ResponseEntity.ok(customer);
    }

    @GetMapping("/{id}/addresses")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listCustomerAddresses", summary = "A customer's delivery addresses, the preferred one "
            + "first (a guide delivering their order to one)",
            description = "A small bounded list (at most 20), answered as a bare JSON array without paging: an "
                    + "exception to the {items, nextCursor} rule.")
    List<StaffAddress> addresses(@PathVariable UUID id) {
        Actor actor = Actor.current();
        customers.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("customer"));
        return addresses.list(actor.tenantId(), id).stream().map(a -> StaffAddress.of(a, actor)).toList();
    }
}
