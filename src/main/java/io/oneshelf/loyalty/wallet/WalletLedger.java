package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wallets, their owners' buckets and the append-only ledger ({@code wallet_entry}). Every change locks the
 * wallet row first ({@link #lock}, {@link #open}), reads the buckets under that lock and writes the entries and the
 * sums in the same transaction, so balances are never written from a read taken before the lock; the columns'
 * checks refuse a negative balance whatever happens.
 */
@Repository
class WalletLedger {

    private static final String ENTRY_COLUMNS = """
            id, tenant_id, wallet_id, customer_id, kind, move_id, owner_kind, owner_id, principal, bonus, reference,
            payment_id, place_id, place_owner_kind, place_owner_id, at""";

    private final JdbcClient jdbc;

    WalletLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the customer's wallet until the transaction ends; empty when they have none. */
    Optional<UUID> lock(UUID brandId, UUID customerId) {
        return jdbc.sql("select id from wallet where tenant_id = :tenant and customer_id = :customer for update")
                .param("tenant", brandId).param("customer", customerId).query(UUID.class).optional();
    }

    /** Locks the customer's wallet, opening an empty one first when they have none. */
    UUID open(UUID brandId, UUID customerId) {
        jdbc.sql("""
                insert into wallet(id, tenant_id, customer_id, principal, bonus, created_at, updated_at)
                values (:id, :tenant, :customer, 0, 0, now(), now()) on conflict (tenant_id, customer_id) do nothing""")
                .param("id", Ids.next()).param("tenant", brandId).param("customer", customerId).update();
        return lock(brandId, customerId).orElseThrow();
    }

    /** Whether a move was already applied to the brand's wallets (a payment or refund part taken twice). */
    boolean applied(UUID brandId, UUID moveId) {
        return jdbc.sql("select exists(select 1 from wallet_entry where tenant_id = :tenant and move_id = :move)")
                .param("tenant", brandId).param("move", moveId).query(Boolean.class).single();
    }

    /** What each owner holds in the wallet, in the order the buckets were opened. */
    List<Split.Bucket> buckets(UUID walletId) {
        return jdbc.sql("""
                select owner_kind, owner_id, principal, bonus from wallet_bucket where wallet_id = :wallet
                order by opened_at, owner_kind, owner_id""")
                .param("wallet", walletId)
                .query((rs, n) -> new Split.Bucket(owner(rs, "owner"), rs.getLong("principal"), rs.getLong("bonus")))
                .list();
    }

    /** What a wallet payment took from each owner and was not refunded yet, in the order it was taken. */
    List<Split.Bucket> unrefunded(UUID brandId, UUID paymentId) {
        return jdbc.sql("""
                select owner_kind, owner_id, -sum(principal) as principal, -sum(bonus) as bonus
                from wallet_entry where tenant_id = :tenant and payment_id = :payment
                group by owner_kind, owner_id
                order by (array_agg(id order by id) filter (where kind = 'SPEND'))[1]""")
                .param("tenant", brandId).param("payment", paymentId)
                .query((rs, n) -> new Split.Bucket(owner(rs, "owner"), rs.getLong("principal"), rs.getLong("bonus")))
                .list();
    }

    /** What one move put in or took out, per owner (positive), in the order of its entries. */
    List<Split.Bucket> moved(UUID brandId, UUID moveId) {
        return jdbc.sql("""
                select owner_kind, owner_id, abs(principal) as principal, abs(bonus) as bonus from wallet_entry
                where tenant_id = :tenant and move_id = :move order by id""")
                .param("tenant", brandId).param("move", moveId)
                .query((rs, n) -> new Split.Bucket(owner(rs, "owner"), rs.getLong("principal"), rs.getLong("bonus")))
                .list();
    }

    /** Appends the entry and adds it to its owner's bucket and the wallet's totals (the wallet is locked). */
    void append(Entry e) {
        jdbc.sql("insert into wallet_entry(" + ENTRY_COLUMNS + """
                ) values (:id, :tenant, :wallet, :customer, :kind, :move, :ownerKind, :ownerId, :principal, :bonus,
                          :reference, :payment, :place, :placeOwnerKind, :placeOwnerId, :at)""")
                .param("id", e.id()).param("tenant", e.brandId()).param("wallet", e.walletId())
                .param("customer", e.customerId()).param("kind", e.kind().name()).param("move", e.moveId())
                .param("ownerKind", e.owner().kind().name()).param("ownerId", e.owner().id())
                .param("principal", e.principal()).param("bonus", e.bonus()).param("reference", e.reference())
                .param("payment", e.paymentId()).param("place", e.placeId())
                .param("placeOwnerKind", e.placeOwner().kind().name()).param("placeOwnerId", e.placeOwner().id())
                .param("at", e.at())
                .update();
        // update first: an insert proposing a negative row is refused by its check even when it would conflict
        boolean held = jdbc.sql("""
                update wallet_bucket set principal = principal + :principal, bonus = bonus + :bonus
                where wallet_id = :wallet and owner_kind = :kind and owner_id = :owner""")
                .param("wallet", e.walletId()).param("kind", e.owner().kind().name()).param("owner", e.owner().id())
                .param("principal", e.principal()).param("bonus", e.bonus())
                .update() == 1;
        if (!held) {
            jdbc.sql("""
                    insert into wallet_bucket(wallet_id, tenant_id, owner_kind, owner_id, principal, bonus, opened_at)
                    values (:wallet, :tenant, :kind, :owner, :principal, :bonus, :at)""")
                    .param("wallet", e.walletId()).param("tenant", e.brandId()).param("kind", e.owner().kind().name())
                    .param("owner", e.owner().id()).param("principal", e.principal()).param("bonus", e.bonus())
                    .param("at", e.at())
                    .update();
        }
        jdbc.sql("""
                update wallet set principal = principal + :principal, bonus = bonus + :bonus, updated_at = :at
                where id = :wallet""")
                .param("wallet", e.walletId()).param("principal", e.principal()).param("bonus", e.bonus())
                .param("at", e.at())
                .update();
    }

    /** The customer's wallet totals; zeros when they have none. */
    Balance balance(UUID brandId, UUID customerId) {
        return jdbc.sql("select id, principal, bonus from wallet where tenant_id = :tenant and customer_id = :customer")
                .param("tenant", brandId).param("customer", customerId)
                .query((rs, n) -> new Balance(rs.getObject("id", UUID.class), rs.getLong("principal"),
                        rs.getLong("bonus")))
                .optional().orElse(new Balance(null, 0, 0));
    }

    /** A wallet's totals ({@code walletId} null: the customer has none yet). */
    record Balance(UUID walletId, long principal, long bonus) {
    }

    /** The customer's entries, newest first, before {@code before} (null: from the newest). */
    List<Entry> entries(UUID brandId, UUID customerId, UUID before, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from wallet_entry where tenant_id = :tenant"
                        + " and customer_id = :customer" + (before == null ? "" : " and id < :before")
                        + " order by id desc limit :limit")
                .param("tenant", brandId).param("customer", customerId).param("before", before)
                .param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("wallet_id", UUID.class), rs.getObject("customer_id", UUID.class),
                Entry.Kind.valueOf(rs.getString("kind")), rs.getObject("move_id", UUID.class), owner(rs, "owner"),
                rs.getLong("principal"), rs.getLong("bonus"), rs.getString("reference"),
                rs.getObject("payment_id", UUID.class), rs.getObject("place_id", UUID.class),
                owner(rs, "place_owner"), rs.getObject("at", OffsetDateTime.class));
    }

    static ValueOwner owner(ResultSet rs, String prefix) throws SQLException {
        return new ValueOwner(ValueOwner.Kind.valueOf(rs.getString(prefix + "_kind")),
                rs.getObject(prefix + "_id", UUID.class));
    }
}
