package io.oneshelf.distribution.network;

import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How distributors and their customers are named on screens instead of ids: to staff by their name and masked phone,
 * to a distributor (another member) only by their name's first character and masked phone.
 */
@Component
public class MemberNames {

    private final Customers customers;

    MemberNames(Customers customers) {
        this.customers = customers;
    }

    /** "王芳 · 139****0031" (the name only when they gave one); "—" for a customer no longer found. */
    public String toStaff(UUID brand, UUID customer) {
        return customers.find(brand, customer).map(MemberNames::staffName).orElse("—");
    }

    /** "王* · 139****0031": what a distributor sees of a customer of their team. */
    public String toDistributor(UUID brand, UUID customer) {
        return customers.find(brand, customer).map(c -> joined(initial(c.name()), PhoneNumber.masked(c.phone())))
                .orElse("—");
    }

    private static String staffName(Customer c) {
        return joined(c.name(), PhoneNumber.masked(c.phone()));
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? null : name.strip().substring(0, 1) + "*";
    }

    private static String joined(String name, String phone) {
        boolean named = name != null && !name.isBlank();
        if (named && phone != null) {
            return name.strip() + " · " + phone;
        }
        return named ? name.strip() : phone == null ? "—" : phone;
    }
}
