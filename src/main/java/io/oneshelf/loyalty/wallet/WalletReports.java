package io.oneshelf.loyalty.wallet;

import io.oneshelf.platform.Period;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's reports of stored value. The liability: what the brand's wallets hold, principal and bonus, per owner
 * of the value (what each still owes its customers in goods). The clearing: per period, per pair of owners, what
 * value one owner took the money for was spent at the other's places (online: the brand's), net of refunds — the
 * value's owner owes the place's owner that much. A brand-wide caller sees every owner; a franchisee's account its
 * own; a region's or store's account the owners of its places.
 */
@Service
class WalletReports {

    /** What the wallets hold of one owner's value, and in how many wallets. */
    record OwnerLiability(WalletViews.OwnerView owner, long principal, long bonus, long total, long wallets) {
    }

    record Liability(long principal, long bonus, long total, List<OwnerLiability> owners) {
    }

    /**
     * One direction of clearing over the period: {@code debtor} (the value's owner) owes {@code creditor} (the
     * place's owner) {@code amount} fen: spent minus refunded, of which {@code principal} and {@code bonus}.
     */
    record ClearingRow(WalletViews.OwnerView debtor, WalletViews.OwnerView creditor, long spent, long refunded,
                       long principal, long bonus, long amount, long entries) {
    }

    record Clearing(LocalDate from, LocalDate to, String zone, List<ClearingRow> rows) {
    }

    private final JdbcClient jdbc;
    private final Places places;
    private final WalletNames names;

    WalletReports(JdbcClient jdbc, Places places, WalletNames names) {
        this.jdbc = jdbc;
        this.places = places;
        this.names = names;
    }

    @Transactional(readOnly = true)
    Liability liability(Actor actor) {
        UUID[] owners = owners(actor);
        WalletNames.Lookup lookup = names.of(actor.tenantId());
        List<OwnerLiability> rows = jdbc.sql("""
                        select owner_kind, owner_id, sum(principal) as principal, sum(bonus) as bonus,
                               count(*) filter (where principal + bonus > 0) as wallets
                        from wallet_bucket where tenant_id = :tenant"""
                        + (owners == null ? "" : " and owner_id = any(:owners)")
                        + " group by owner_kind, owner_id order by owner_kind, sum(principal + bonus) desc")
                .param("tenant", actor.tenantId()).param("owners", owners)
                .query((rs, n) -> new OwnerLiability(lookup.owner(WalletLedger.owner(rs, "owner")),
                        rs.getLong("principal"), rs.getLong("bonus"), rs.getLong("principal") + rs.getLong("bonus"),
                        rs.getLong("wallets")))
                .list();
        long principal = rows.stream().mapToLong(OwnerLiability::principal).sum();
        long bonus = rows.stream().mapToLong(OwnerLiability::bonus).sum();
        return new Liability(principal, bonus, principal + bonus, rows);
    }

    @Transactional(readOnly = true)
    Clearing clearing(Actor actor, Period period) {
        UUID[] owners = owners(actor);
        WalletNames.Lookup lookup = names.of(actor.tenantId());
        List<ClearingRow> rows = jdbc.sql("""
                        select owner_kind, owner_id, place_owner_kind, place_owner_id,
                               coalesce(-sum(principal + bonus) filter (where kind = 'SPEND'), 0) as spent,
                               coalesce(sum(principal + bonus) filter (where kind = 'REFUND'), 0) as refunded,
                               -sum(principal) as principal, -sum(bonus) as bonus, count(*) as entries
                        from wallet_entry
                        where tenant_id = :tenant and at >= :from and at < :to
                          and (owner_kind <> place_owner_kind or owner_id <> place_owner_id)"""
                        + (owners == null ? "" : " and (owner_id = any(:owners) or place_owner_id = any(:owners))")
                        + " group by owner_kind, owner_id, place_owner_kind, place_owner_id"
                        + " order by -sum(principal + bonus) desc")
                .param("tenant", actor.tenantId()).param("from", period.start()).param("to", period.end())
                .param("owners", owners)
                .query((rs, n) -> new ClearingRow(lookup.owner(WalletLedger.owner(rs, "owner")),
                        lookup.owner(WalletLedger.owner(rs, "place_owner")), rs.getLong("spent"),
                        rs.getLong("refunded"), rs.getLong("principal"), rs.getLong("bonus"),
                        rs.getLong("principal") + rs.getLong("bonus"), rs.getLong("entries")))
                .list();
        return new Clearing(period.from(), period.to(), period.zone().getId(), rows);
    }

    /** The owners a caller sees; null for a brand-wide one (all of them). */
    private UUID[] owners(Actor actor) {
        if (actor.brandWide()) {
            return null;
        }
        if (actor.scopeType() == ScopeType.FRANCHISEE) {
            return new UUID[] {actor.scopeId()};
        }
        return places.visibleTo(actor).stream()
                .map(p -> p.franchiseeId() != null ? p.franchiseeId() : actor.tenantId())
                .distinct().toArray(UUID[]::new);
    }
}
