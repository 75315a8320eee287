package io.oneshelf.promotion.coupon;

import io.oneshelf.order.OrderChannel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coupon templates and coupons in SQL ({@code coupon_template}, {@code coupon}). Every statement names the brand. */
@Repository
class CouponBook {

    private final JdbcClient jdbc;

    CouponBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CouponTemplate> template(UUID brandId, UUID id) {
        return jdbc.sql("select * from coupon_template where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(CouponBook::template).optional();
    }

    List<CouponTemplate> templates(UUID brandId, UUID after, int limit, boolean claimableOnly) {
        return jdbc.sql("select * from coupon_template where tenant_id = :tenant and id > :after"
                        + (claimableOnly ? " and claimable and active" : "") + " order by id limit :limit")
                .param("tenant", brandId).param("after", after).param("limit", limit)
                .query(CouponBook::template).list();
    }

    void insert(UUID brandId, CouponTemplate t) {
        jdbc.sql("""
                        insert into coupon_template(id, tenant_id, name, kind, amount_off, percent_off, max_off,
                            sku_id, stacking_group, with_promotions, threshold, valid_from, valid_to, valid_days, per_member, total_limit, issued, channels,
                            store_ids, claimable, return_on_refund, active, version, created_at, updated_at)
                        values (:id, :tenant, :name, :kind, :amountOff, :percentOff, :maxOff, :sku, :group,
                            :withPromotions, :threshold, :from, :to,
                            :days, :perMember, :totalLimit, 0, :channels, :stores, :claimable, :returnOnRefund,
                            :active, 1, now(), now())""")
                .param("id", t.id()).param("tenant", brandId).params(values(t)).update();
    }

    /** Saves the template if nobody changed it since {@code version} and its limit is not below what was issued. */
    boolean update(UUID brandId, CouponTemplate t, int version) {
        return jdbc.sql("""
                        update coupon_template set name = :name, kind = :kind, amount_off = :amountOff,
                            percent_off = :percentOff, max_off = :maxOff, sku_id = :sku, stacking_group = :group,
                            with_promotions = :withPromotions, threshold = :threshold, valid_from = :from,
                            valid_to = :to, valid_days = :days, per_member = :perMember, total_limit = :totalLimit,
                            channels = :channels, store_ids = :stores, claimable = :claimable,
                            return_on_refund = :returnOnRefund, active = :active, version = version + 1,
                            updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("id", t.id()).param("tenant", brandId).param("version", version).params(values(t))
                .update() == 1;
    }

    /**
     * Counts one more coupon of the template issued, unless its limit is reached: false then. The row stays locked
     * until the transaction ends, so claims of one template take their turn and the limit holds under any load.
     */
    boolean takeOne(UUID brandId, UUID templateId) {
        return jdbc.sql("""
                        update coupon_template set issued = issued + 1
                        where tenant_id = :tenant and id = :id and (total_limit is null or issued < total_limit)""")
                .param("tenant", brandId).param("id", templateId).update() == 1;
    }

    /** The template, its row locked until the transaction ends (issuing to many customers at once). */
    Optional<CouponTemplate> lockTemplate(UUID brandId, UUID id) {
        return jdbc.sql("select * from coupon_template where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(CouponBook::template).optional();
    }

    /** Counts {@code count} more coupons issued, the row locked by {@link #lockTemplate} (its limit checked there). */
    void countIssued(UUID brandId, UUID templateId, int count) {
        jdbc.sql("update coupon_template set issued = issued + :n where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", templateId).param("n", count).update();
    }

    /** How many coupons of the template each of {@code customerIds} holds (absent: none). */
    Map<UUID, Integer> held(UUID brandId, UUID templateId, java.util.Collection<UUID> customerIds) {
        return jdbc.sql("""
                        select customer_id, count(*) as n from coupon where tenant_id = :tenant
                        and template_id = :template and customer_id = any(:customers) group by customer_id""")
                .param("tenant", brandId).param("template", templateId)
                .param("customers", customerIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("customer_id", UUID.class), rs.getInt("n"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The brand's coupon of this code (as {@link CouponCodes#normalise} reads it). */
    Optional<Coupon> byCode(UUID brandId, String code) {
        return jdbc.sql("select * from coupon where tenant_id = :tenant and code = :code")
                .param("tenant", brandId).param("code", code).query(CouponBook::coupon).optional();
    }

    int held(UUID brandId, UUID templateId, UUID customerId) {
        return jdbc.sql("""
                        select count(*) from coupon where tenant_id = :tenant and template_id = :template
                        and customer_id = :customer""")
                .param("tenant", brandId).param("template", templateId).param("customer", customerId)
                .query(Integer.class).single();
    }

    /** Records the coupon unless its code is taken in the brand already: false then (draw another code). */
    boolean insert(UUID brandId, Coupon c) {
        return jdbc.sql("""
                        insert into coupon(id, tenant_id, code, template_id, customer_id, status, source,
                            valid_from, valid_to, issued_at)
                        values (:id, :tenant, :code, :template, :customer, 'AVAILABLE', :source, :from, :to, :at)
                        on conflict (tenant_id, code) do nothing""")
                .param("id", c.id()).param("code", c.code()).param("tenant", brandId)
                .param("template", c.templateId())
                .param("customer", c.customerId()).param("source", c.source()).param("from", c.validFrom())
                .param("to", c.validTo()).param("at", c.issuedAt()).update() == 1;
    }

    /** A customer's coupons, newest first, after {@code before} (null: from the newest), at most {@code limit}. */
    List<Coupon> ofCustomer(UUID brandId, UUID customerId, int limit) {
        return jdbc.sql("""
                        select * from coupon where tenant_id = :tenant and customer_id = :customer
                        order by issued_at desc, id limit :limit""")
                .param("tenant", brandId).param("customer", customerId).param("limit", limit)
                .query(CouponBook::coupon).list();
    }

    List<Coupon> find(UUID brandId, java.util.Collection<UUID> ids) {
        return jdbc.sql("select * from coupon where tenant_id = :tenant and id = any(:ids)")
                .param("tenant", brandId).param("ids", ids.toArray(UUID[]::new)).query(CouponBook::coupon).list();
    }

    Map<UUID, CouponTemplate> templates(UUID brandId, java.util.Collection<UUID> ids) {
        return jdbc.sql("select * from coupon_template where tenant_id = :tenant and id = any(:ids)")
                .param("tenant", brandId).param("ids", ids.toArray(UUID[]::new)).query(CouponBook::template).list()
                .stream().collect(Collectors.toMap(CouponTemplate::id, t -> t));
    }

    /** Marks the coupon used by the order if it is still unused; false when it is not (used meanwhile). */
    boolean use(UUID brandId, UUID couponId, UUID orderId) {
        return jdbc.sql("""
                        update coupon set status = 'USED', order_id = :order, used_at = now()
                        where tenant_id = :tenant and id = :id and status = 'AVAILABLE'""")
                .param("tenant", brandId).param("id", couponId).param("order", orderId).update() == 1;
    }

    /**
     * Makes the coupons the order used available again (only those whose template gives them back on a refund when
     * {@code refundOnly}); answers those given back.
     */
    List<Coupon> giveBack(UUID brandId, UUID orderId, boolean refundOnly) {
        return jdbc.sql("""
                        update coupon c set status = 'AVAILABLE', order_id = null, used_at = null
                        from coupon_template t
                        where c.tenant_id = :tenant and c.order_id = :order and c.status = 'USED'
                        and t.id = c.template_id and (not :refundOnly or t.return_on_refund)
                        returning c.*""")
                .param("tenant", brandId).param("order", orderId).param("refundOnly", refundOnly)
                .query(CouponBook::coupon).list();
    }

    private static Map<String, Object> values(CouponTemplate t) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", t.name());
        v.put("kind", t.kind().name());
        v.put("amountOff", t.amountOff());
        v.put("percentOff", t.percentOff());
        v.put("maxOff", t.maxOff());
        v.put("sku", t.skuId());
        v.put("group", t.stackingGroup());
        v.put("withPromotions", t.withPromotions());
        v.put("threshold", t.threshold());
        v.put("from", t.validFrom());
        v.put("to", t.validTo());
        v.put("days", t.validDays());
        v.put("perMember", t.perMember());
        v.put("totalLimit", t.totalLimit());
        v.put("channels", t.channels().stream().map(Enum::name).sorted().toArray(String[]::new));
        v.put("stores", t.storeIds().toArray(UUID[]::new));
        v.put("claimable", t.claimable());
        v.put("returnOnRefund", t.returnOnRefund());
        v.put("active", t.active());
        return v;
    }

    private static CouponTemplate template(ResultSet rs, int n) throws SQLException {
        return new CouponTemplate(rs.getObject("id", UUID.class), rs.getString("name"),
                CouponKind.valueOf(rs.getString("kind")), (Long) rs.getObject("amount_off"),
                (Integer) rs.getObject("percent_off"), (Long) rs.getObject("max_off"),
                rs.getObject("sku_id", UUID.class), rs.getString("stacking_group"), rs.getBoolean("with_promotions"),
                rs.getLong("threshold"),
                rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class),
                (Integer) rs.getObject("valid_days"), rs.getInt("per_member"), (Integer) rs.getObject("total_limit"),
                rs.getInt("issued"), Arrays.stream((String[]) rs.getArray("channels").getArray())
                .map(OrderChannel::valueOf).collect(Collectors.toSet()), uuids(rs.getArray("store_ids")),
                rs.getBoolean("claimable"), rs.getBoolean("return_on_refund"), rs.getBoolean("active"),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static Coupon coupon(ResultSet rs, int n) throws SQLException {
        return new Coupon(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getObject("template_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getString("status"), rs.getString("source"),
                rs.getObject("valid_from", OffsetDateTime.class), rs.getObject("valid_to", OffsetDateTime.class),
                rs.getObject("order_id", UUID.class), rs.getObject("issued_at", OffsetDateTime.class),
                rs.getObject("used_at", OffsetDateTime.class));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
