package io.oneshelf.promotion.flash;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units sold at flash prices ({@code flash_sale_item.sold}) and who bought them ({@code flash_sale_claim}). An
 * item's sold count grows only by {@link #take}, a conditional update that keeps it within the allocation and locks
 * the item's row until the order's transaction ends, so claims of one item take their turn.
 */
@Repository
class FlashClaims {

    /** One order's units of one item, as released. */
    record Claim(UUID flashSaleId, UUID skuId, UUID customerId, int quantity) {
    }

    private final JdbcClient jdbc;

    FlashClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts {@code quantity} more units of the item sold, unless that would pass its allocation: answers the units
     * left then, or empty when there were not enough.
     */
    OptionalInt take(UUID brandId, UUID saleId, UUID skuId, int quantity) {
        return jdbc.sql("""
                        update flash_sale_item set sold = sold + :q
                        where tenant_id = :tenant and flash_sale_id = :sale and sku_id = :sku
                        and sold + :q <= allocation
                        returning allocation - sold""")
                .param("tenant", brandId).param("sale", saleId).param("sku", skuId).param("q", quantity)
                .query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The units of the item the customer holds claims of (released ones do not count). */
    int claimedBy(UUID brandId, UUID saleId, UUID skuId, UUID customerId) {
        return jdbc.sql("""
                        select coalesce(sum(quantity), 0) from flash_sale_claim where tenant_id = :tenant
                        and flash_sale_id = :sale and sku_id = :sku and customer_id = :customer
                        and released_at is null""")
                .param("tenant", brandId).param("sale", saleId).param("sku", skuId).param("customer", customerId)
                .query(Integer.class).single();
    }

    void record(UUID brandId, UUID id, Claim claim, UUID orderId, String orderNumber) {
        jdbc.sql("""
                        insert into flash_sale_claim(id, tenant_id, flash_sale_id, sku_id, customer_id, order_id,
                            order_number, quantity, claimed_at)
                        values (:id, :tenant, :sale, :sku, :customer, :order, :number, :q, now())""")
                .param("id", id).param("tenant", brandId).param("sale", claim.flashSaleId())
                .param("sku", claim.skuId()).param("customer", claim.customerId()).param("order", orderId)
                .param("number", orderNumber).param("q", claim.quantity()).update();
    }

    /**
     * Releases the order's claims not released yet and gives their units back to their items' allocations; answers
     * those released (none when they were released already).
     */
    List<Claim> release(UUID brandId, UUID orderId) {
        List<Claim> released = jdbc.sql("""
                        update flash_sale_claim set released_at = now()
                        where tenant_id = :tenant and order_id = :order and released_at is null
                        returning flash_sale_id, sku_id, customer_id, quantity""")
                .param("tenant", brandId).param("order", orderId).query(FlashClaims::claim).list();
        // items in one order, so that two releases never wait on each other's rows
        for (Claim c : released.stream().sorted(java.util.Comparator.comparing(Claim::flashSaleId)
                .thenComparing(Claim::skuId)).toList()) {
            jdbc.sql("""
                            update flash_sale_item set sold = sold - :q
                            where tenant_id = :tenant and flash_sale_id = :sale and sku_id = :sku""")
                    .param("tenant", brandId).param("sale", c.flashSaleId()).param("sku", c.skuId())
                    .param("q", c.quantity()).update();
        }
        return released;
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        return new Claim(rs.getObject("flash_sale_id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getInt("quantity"));
    }
}
