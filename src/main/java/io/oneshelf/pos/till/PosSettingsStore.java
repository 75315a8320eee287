package io.oneshelf.pos.till;

import io.oneshelf.pos.snapshot.OfflineLimits;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each brand's limits of selling offline ({@code pos_settings}); a brand without a row has the defaults. The till
 * cache hands them to the device.
 */
@Repository
class PosSettingsStore implements OfflineLimits {

    /** How long and for how much a till may sell offline; the device stops selling offline beyond them. */
    record PosSettings(int maxOfflineHours, long maxOfflineAmountFen, int version) {
        static final PosSettings DEFAULTS = new PosSettings(24, 5_000_000, 0);
    }

    private final JdbcClient jdbc;

    PosSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PosSettings of(UUID brandId) {
        return jdbc.sql("select * from pos_settings where tenant_id = :tenant").param("tenant", brandId)
                .query((rs, n) -> new PosSettings(rs.getInt("max_offline_hours"),
                        rs.getLong("max_offline_amount_fen"), rs.getInt("version")))
                .optional().orElse(PosSettings.DEFAULTS);
    }

    @Override
    public Limits limits(UUID brandId) {
        PosSettings settings = of(brandId);
        return new Limits(settings.maxOfflineHours(), settings.maxOfflineAmountFen());
    }

    /** Saves the limits if nobody changed them since {@code version} (0: the defaults); false otherwise. */
    boolean save(UUID brandId, int hours, long amount, int version) {
        if (version == 0) {
            return jdbc.sql("""
                    insert into pos_settings(tenant_id, max_offline_hours, max_offline_amount_fen, version)
                    values (:tenant, :hours, :amount, 1) on conflict do nothing""")
                    .param("tenant", brandId).param("hours", hours).param("amount", amount).update() == 1;
        }
        return jdbc.sql("""
                update pos_settings set max_offline_hours = :hours, max_offline_amount_fen = :amount,
                                        version = version + 1
                where tenant_id = :tenant and version = :version""")
                .param("tenant", brandId).param("hours", hours).param("amount", amount).param("version", version)
                .update() == 1;
    }
}
