package io.oneshelf.member.customer;

import io.oneshelf.member.Customer;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers as staff find them: by phone (a guide creating an order, a cashier at the till) or by id. Customers
 * belong to the whole brand, not to a store, so every scope of the brand finds every customer. The phone is masked
 * unless the caller's role may see it ({@code customer:phone}, decision 0025).
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerController {

    private final CustomerBook customers;

    CustomerController(CustomerBook customers) {
        this.customers = customers;
    }

    /** A customer as staff see them; {@code phone} is {@code 138****1234} when {@code phoneMasked}. */
    record StaffCustomer(UUID id, String phone, boolean phoneMasked, String name, OffsetDateTime registeredAt) {

        static StaffCustomer of(Customer c, Actor reader) {
            boolean full = reader.can(Permission.CUSTOMER_PHONE);
            return new StaffCustomer(c.id(), full ? c.phone() : PhoneNumber.masked(c.phone()), !full, c.name(),
                    c.registeredAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "findCustomers", summary = "Find the brand's customer with a mobile number",
            description = "The page holds the one customer with this number, or nothing.")
    Page<StaffCustomer> find(@RequestParam String phone) {
        Actor actor = Actor.current();
        PhoneNumber number = PhoneNumber.parse(phone)
                .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
        return new Page<>(customers.find(actor.tenantId(), number).map(c -> StaffCustomer.of(c, actor)).stream()
                .toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomer", summary = "One customer of the brand")
    StaffCustomer get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return customers.find(actor.tenantId(), id).map(c -> StaffCustomer.of(c, actor))
                .orElseThrow(() -> Rejection.notFound("customer"));
    }
}
