package io.oneshelf.pos.till;

import io.oneshelf.pos.receipt.SaleTills;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which till rang up an order, by name, for the receipt's header: the till's sale ({@code pos_sale}) names it. An
 * order no till recorded (the console's, the shop's) has none.
 */
@Component
class TillOfSale implements SaleTills {

    private final JdbcClient jdbc;

    TillOfSale(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> tillName(UUID brandId, UUID orderId) {
        return jdbc.sql("""
                select t.name from pos_sale s join pos_till t on t.id = s.till_id
                where s.tenant_id = :tenant and s.order_id = :order""")
                .param("tenant", brandId).param("order", orderId).query(String.class).optional();
    }
}
