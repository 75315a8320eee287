package io.oneshelf.social.bargain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bargains ({@code bargain}) and the helps they got ({@code bargain_help}). A bargain's row is the lock its cuts are
 * taken under ({@link #lock}): two helpers at once take their turn, and each takes the next cut of the sequence.
 */
@Repository
class Bargains {

    /** One help: who took cut number {@code seq} of how much, when. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BargainHelpTaken")
    record Help(UUID helperId, int seq, long amount, OffsetDateTime helpedAt) {
    }

    /** A campaign's bargains counted: open, bought, expired; helps given. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BargainProgress")
    record Progress(int open, int bought, int expired, int helps) {
    }

    private final JdbcClient jdbc;

    Bargains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID brandId, Bargain b) {
        jdbc.sql("""
                        insert into bargain(id, tenant_id, campaign_id, code, customer_id, start_price, floor_price,
                            cuts, cuts_taken, price, status, started_at, expires_at)
                        values (:id, :tenant, :campaign, :code, :customer, :start, :floor, :cuts, 0, :start, 'OPEN',
                            :started, :expires)""")
                .param("id", b.id()).param("tenant", brandId).param("campaign", b.campaignId())
                .param("code", b.code()).param("customer", b.customerId()).param("start", b.startPrice())
                .param("floor", b.floorPrice()).param("cuts", b.cuts().toArray(Long[]::new))
                .param("started", b.startedAt()).param("expires", b.expiresAt()).update();
    }

    Optional<Bargain> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from bargain where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(Bargains::bargain).optional();
    }

    Optional<Bargain> byCode(UUID brandId, String code) {
        return jdbc.sql("select * from bargain where tenant_id = :tenant and code = :code")
                .param("tenant", brandId).param("code", code).query(Bargains::bargain).optional();
    }

    Optional<Bargain> ofOrder(UUID brandId, UUID orderId) {
        return jdbc.sql("select * from bargain where tenant_id = :tenant and order_id = :order")
                .param("tenant", brandId).param("order", orderId).query(Bargains::bargain).optional();
    }

    Optional<Bargain> lock(UUID brandId, UUID id) {
        return jdbc.sql("select * from bargain where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(Bargains::bargain).optional();
    }

    /** A campaign's bargains, newest first, before the id {@code before} (null: newest). */
    List<Bargain> ofCampaign(UUID brandId, UUID campaignId, UUID before, int limit) {
        return jdbc.sql("""
                        select * from bargain where tenant_id = :tenant and campaign_id = :campaign
                        and (cast(:before as uuid) is null or id < :before) order by id desc limit :limit""")
                .param("tenant", brandId).param("campaign", campaignId).param("before", before)
                .param("limit", limit).query(Bargains::bargain).list();
    }

    /** Marks the customer's open bargains of the campaign whose time ran out EXPIRED (so a new one may start). */
    void expireOld(UUID brandId, UUID campaignId, UUID customerId) {
        jdbc.sql("""
                        update bargain set status = 'EXPIRED' where tenant_id = :tenant and campaign_id = :campaign
                        and customer_id = :customer and status = 'OPEN' and expires_at <= now()""")
                .param("tenant", brandId).param("campaign", campaignId).param("customer", customerId).update();
    }

    /** The helper took the next cut: {@code seq} of {@code amount}; the bargain's price drops by it. */
    void cut(UUID brandId, Bargain b, UUID helperId, String device, LocalDate day, UUID helpId) {
        int seq = b.cutsTaken() + 1;
        long amount = b.nextCut();
        jdbc.sql("""
                        insert into bargain_help(id, tenant_id, bargain_id, campaign_id, helper_id, device, day, seq,
                            amount, helped_at)
                        values (:id, :tenant, :bargain, :campaign, :helper, :device, :day, :seq, :amount, now())""")
                .param("id", helpId).param("tenant", brandId).param("bargain", b.id())
                .param("campaign", b.campaignId()).param("helper", helperId).param("device", device)
                .param("day", day).param("seq", seq).param("amount", amount).update();
        jdbc.sql("""
                        update bargain set cuts_taken = :seq, price = price - :amount
                        where tenant_id = :tenant and id = :id and cuts_taken = :seq - 1""")
                .param("tenant", brandId).param("id", b.id()).param("seq", seq).param("amount", amount).update();
    }

    List<Help> helps(UUID brandId, UUID bargainId) {
        return jdbc.sql("select helper_id, seq, amount, helped_at from bargain_help where tenant_id = :tenant "
                        + "and bargain_id = :bargain order by seq")
                .param("tenant", brandId).param("bargain", bargainId)
                .query((rs, n) -> new Help(rs.getObject("helper_id", UUID.class), rs.getInt("seq"),
                        rs.getLong("amount"), rs.getObject("helped_at", OffsetDateTime.class))).list();
    }

    boolean helped(UUID brandId, UUID bargainId, UUID helperId) {
        return jdbc.sql("select exists (select 1 from bargain_help where tenant_id = :tenant and bargain_id = :b "
                        + "and helper_id = :helper)")
                .param("tenant", brandId).param("b", bargainId).param("helper", helperId).query(Boolean.class)
                .single();
    }

    /** Helps the member gave in the campaign on the day. */
    int helpsOn(UUID brandId, UUID campaignId, UUID helperId, LocalDate day) {
        return jdbc.sql("select count(*) from bargain_help where tenant_id = :tenant and helper_id = :helper "
                        + "and day = :day and campaign_id = :campaign")
                .param("tenant", brandId).param("helper", helperId).param("day", day).param("campaign", campaignId)
                .query(Integer.class).single();
    }

    /** Whether the device helped in the campaign on the day (whichever account it was signed in as). */
    boolean deviceUsed(UUID brandId, UUID campaignId, String device, LocalDate day) {
        return jdbc.sql("select exists (select 1 from bargain_help where tenant_id = :tenant and campaign_id = :c "
                        + "and device = :device and day = :day)")
                .param("tenant", brandId).param("c", campaignId).param("device", device).param("day", day)
                .query(Boolean.class).single();
    }

    void bought(UUID brandId, UUID id, UUID orderId) {
        jdbc.sql("update bargain set status = 'BOUGHT', order_id = :order, bought_at = now() "
                 + "where tenant_id = :tenant and id = :id and status = 'OPEN'")
                .param("tenant", brandId).param("id", id).param("order", orderId).update();
    }

    /** The purchase of order {@code orderId} undone (cancelled): OPEN again, or EXPIRED when its time ran out. */
    boolean unbought(UUID brandId, UUID id, UUID orderId) {
        return jdbc.sql("""
                        update bargain set status = case when expires_at > now() then 'OPEN' else 'EXPIRED' end,
                            order_id = null, bought_at = null
                        where tenant_id = :tenant and id = :id and status = 'BOUGHT' and order_id = :order""")
                .param("tenant", brandId).param("id", id).param("order", orderId).update() == 1;
    }

    Progress progress(UUID brandId, UUID campaignId) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'OPEN' and expires_at > now()) as open,
                            count(*) filter (where status = 'BOUGHT') as bought,
                            count(*) filter (where status = 'EXPIRED' or status = 'OPEN' and expires_at <= now())
                                as expired,
                            coalesce(sum(cuts_taken), 0) as helps
                        from bargain where tenant_id = :tenant and campaign_id = :campaign""")
                .param("tenant", brandId).param("campaign", campaignId)
                .query((rs, n) -> new Progress(rs.getInt("open"), rs.getInt("bought"), rs.getInt("expired"),
                        rs.getInt("helps"))).single();
    }

    private static Bargain bargain(ResultSet rs, int n) throws SQLException {
        Long[] cuts = (Long[]) rs.getArray("cuts").getArray();
        return new Bargain(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getString("code"), rs.getObject("customer_id", UUID.class), rs.getLong("start_price"),
                rs.getLong("floor_price"), Arrays.asList(cuts), rs.getInt("cuts_taken"), rs.getLong("price"),
                rs.getString("status"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("order_id", UUID.class),
                rs.getObject("bought_at", OffsetDateTime.class));
    }
}
