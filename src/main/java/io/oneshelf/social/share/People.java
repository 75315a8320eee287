package io.oneshelf.social.share;

import io.oneshelf.member.Customers;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How members of a group or helpers of a bargain are shown to each other: their name, or their masked phone. */
@Component
public class People {

    private final Customers customers;

    People(Customers customers) {
        this.customers = customers;
    }

    public String shown(UUID brandId, UUID customerId) {
        return customers.find(brandId, customerId).map(c -> c.name() != null && !c.name().isBlank() ? c.name()
                : masked(c.phone())).orElse("***");
    }

    static String masked(String phone) {
        return phone == null || phone.length() < 7 ? "***" : phone.substring(0, 3) + "****"
                + phone.substring(phone.length() - 4);
    }
}
