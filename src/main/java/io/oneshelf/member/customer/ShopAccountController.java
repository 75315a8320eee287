package io.oneshelf.member.customer;

import io.oneshelf.member.Address;
import io.oneshelf.member.Birthday;
import io.oneshelf.member.Customer;
import io.oneshelf.member.customer.AddressBook.Versioned;
import io.oneshelf.member.customer.ShopRequests.EditShopAddress;
import io.oneshelf.member.customer.ShopRequests.EditShopCustomer;
import io.oneshelf.member.customer.ShopRequests.SetShopBirthday;
import io.oneshelf.member.customer.ShopRequests.ShopAddressBody;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's own account in a brand's shop: their details and delivery addresses. Only ever their
 * own: every query names the token's customer, so another customer's address is not found (404). The security
 * chain has already checked that the token belongs to {@code brandCode}'s shop.
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}/me")
@Tag(name = "Shop account")
class ShopAccountController {

    private final CustomerBook customers;
    private final AddressBook addresses;

    ShopAccountController(CustomerBook customers, AddressBook addresses) {
        this.customers = customers;
        this.addresses = addresses;
    }

    /** The customer as they see themselves; {@code phone} in full (their own). */
    record ShopCustomer(UUID id, String phone, String name, OffsetDateTime registeredAt, Birthday birthday) {

        static ShopCustomer of(Customer c, Birthday birthday) {
            return new ShopCustomer(c.id(), c.phone(), c.name(), c.registeredAt(), birthday);
        }
    }

    private ShopCustomer view(Customer c) {
        return ShopCustomer.of(c, customers.birthday(c.brandId(), c.id()).orElse(null));
    }

    /** A delivery address; send {@code version} back to change it. */
    record ShopAddress(UUID id, String recipient, String phone, String province, String city, String district,
                       String line, Double latitude, Double longitude, boolean preferred, int version) {

        static ShopAddress of(Versioned v) {
            Address a = v.address();
            return new ShopAddress(a.id(), a.recipient(), a.phone(), a.province(), a.city(), a.district(), a.line(),
                    a.latitude(), a.longitude(), a.preferred(), v.version());
        }
    }

    @GetMapping
    @Operation(operationId = "getShopCustomer", summary = "The signed-in customer")
    ShopCustomer me(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return view(customers.find(shopper.brandId(), shopper.customerId())
                .orElseThrow(() -> Rejection.notFound("customer")));
    }

    @PutMapping
    @Operation(operationId = "editShopCustomer", summary = "Change the signed-in customer's name")
    ShopCustomer edit(@PathVariable String brandCode, @Valid @RequestBody EditShopCustomer request) {
        Shopper shopper = Shopper.current();
        return view(customers.rename(shopper.brandId(), shopper.customerId(), request.name().strip()));
    }

    @PutMapping("/birthday")
    @ApiResponse(responseCode = "200", description = "Told, or the same birthday told again: the customer",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Another birthday was told already: it is not changed")
    @Operation(operationId = "setShopBirthday", summary = "Tell the brand the signed-in customer's birthday (month and "
            + "day, the year optional), once: 409 when another was told already. The tier's birthday points come on "
            + "that day")
    ShopCustomer birthday(@PathVariable String brandCode, @Valid @RequestBody SetShopBirthday request) {
        Shopper shopper = Shopper.current();
        customers.setBirthday(shopper.brandId(), shopper.customerId(),
                new Birthday(request.month(), request.day(), request.year()));
        return me(brandCode);
    }

    @GetMapping("/addresses")
    @Operation(operationId = "listShopAddresses", summary = "The signed-in customer's delivery addresses",
            description = "A bare JSON array of at most 20 addresses, the preferred one first, then the newest.")
    List<ShopAddress> addresses(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return addresses.versions(shopper.brandId(), shopper.customerId()).stream().map(ShopAddress::of).toList();
    }

    @PostMapping("/addresses")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @ApiResponse(responseCode = "409", description = "The customer already has 20 addresses")
    @Operation(operationId = "addShopAddress", summary = "Add a delivery address (at most 20)")
    ResponseEntity<ShopAddress> add(@PathVariable String brandCode, @Valid @RequestBody ShopAddressBody request) {
        Shopper shopper = Shopper.current();
        ShopAddress added = ShopAddress.of(addresses.add(shopper.brandId(), shopper.customerId(), request.details()));
        return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/me/addresses/" + added.id()))
                .body(added);
    }

    @PutMapping("/addresses/{id}")
    @Operation(operationId = "editShopAddress", summary = "Replace a delivery address (send the version you read)")
    ShopAddress edit(@PathVariable String brandCode, @PathVariable UUID id,
                     @Valid @RequestBody EditShopAddress request) {
        Shopper shopper = Shopper.current();
        return ShopAddress.of(addresses.change(shopper.brandId(), shopper.customerId(), id, request.details(),
                request.version()));
    }

    @DeleteMapping("/addresses/{id}")
    @ApiResponse(responseCode = "204", description = "Removed; no body")
    @Operation(operationId = "removeShopAddress",
            summary = "Remove a delivery address (if it was the preferred one, the newest other one becomes it)")
    ResponseEntity<Void> remove(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        addresses.remove(shopper.brandId(), shopper.customerId(), id);
        return ResponseEntity.noContent().build();
    }
}
