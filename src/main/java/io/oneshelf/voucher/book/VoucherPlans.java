package io.oneshelf.voucher.book;

import io.oneshelf.order.ServiceVouchers;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brands' voucher plans ({@code voucher_plan}); answers checkout which SKUs are vouchers. */
@Repository
class VoucherPlans implements ServiceVouchers {

    private final JdbcClient jdbc;

    VoucherPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isVoucher(UUID brandId, UUID skuId) {
        return find(brandId, skuId).isPresent();
    }

    @Override
    public Set<UUID> vouchersAmong(UUID brandId, Collection<UUID> skuIds) {
        return Set.copyOf(jdbc.sql("select sku_id from voucher_plan where tenant_id = :tenant and sku_id = any(:skus)")
                .param("tenant", brandId).param("skus", skuIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    Optional<VoucherPlan> find(UUID brandId, UUID skuId) {
        return jdbc.sql("select * from voucher_plan where tenant_id = :tenant and sku_id = :sku")
                .param("tenant", brandId).param("sku", skuId)
                .query((rs, n) -> new VoucherPlan(rs.getObject("sku_id", UUID.class), rs.getInt("uses"),
                        rs.getInt("valid_days"), rs.getInt("version")))
                .optional();
    }

    /** The brand's plans by SKU id, after {@code after}, at most {@code limit}. */
    List<VoucherPlan> page(UUID brandId, UUID after, int limit) {
        return jdbc.sql("""
                select * from voucher_plan where tenant_id = :tenant and sku_id > :after order by sku_id limit :limit""")
                .param("tenant", brandId).param("after", after).param("limit", limit)
                .query((rs, n) -> new VoucherPlan(rs.getObject("sku_id", UUID.class), rs.getInt("uses"),
                        rs.getInt("valid_days"), rs.getInt("version")))
                .list();
    }

    /** Saves the plan if nobody changed it since {@code version} (0: the SKU has none yet); false otherwise. */
    boolean save(UUID brandId, UUID skuId, int uses, int validDays, int version) {
        if (version == 0) {
            return jdbc.sql("""
                    insert into voucher_plan(tenant_id, sku_id, uses, valid_days, version, updated_at)
                    values (:tenant, :sku, :uses, :days, 1, now()) on conflict do nothing""")
                    .param("tenant", brandId).param("sku", skuId).param("uses", uses).param("days", validDays)
                    .update() == 1;
        }
        return jdbc.sql("""
                update voucher_plan set uses = :uses, valid_days = :days, version = version + 1, updated_at = now()
                where tenant_id = :tenant and sku_id = :sku and version = :version""")
                .param("tenant", brandId).param("sku", skuId).param("uses", uses).param("days", validDays)
                .param("version", version).update() == 1;
    }
}
