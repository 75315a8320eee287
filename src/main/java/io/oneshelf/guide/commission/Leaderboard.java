package io.oneshelf.guide.commission;

import io.oneshelf.guide.binding.Bindings;
import io.oneshelf.org.StaffRoster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guides of a store and how they did in a period, from their sales ledger: orders credited, sales (the goods
 * paid, less what was refunded), customers served, commission earned and clawed back; and how many customers each
 * has now. Ranked by net sales (the leaderboard); a guide who moved away but sold here in the period still shows.
 */
@Component
class Leaderboard {

    private final JdbcClient jdbc;
    private final StaffRoster roster;
    private final Bindings bindings;

    Leaderboard(JdbcClient jdbc, StaffRoster roster, Bindings bindings) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.bindings = bindings;
    }

    /** One guide's standing. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "GuideStanding")
    record Standing(int rank, UUID guideId, String name, boolean enabled, long customers, long orders, long sales,
                    long refunds, long customersServed, long commission, long clawedBack) {
    }

    /** A store's guides in a period, best first; {@code poolCustomers} wait in the store's pool for a guide. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "GuideBoard")
    record Board(UUID storeId, LocalDate from, LocalDate to, long poolCustomers, List<Standing> guides) {
    }

    private record Figures(long orders, long sales, long refunds, long served, long commission, long clawedBack) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);
    }

    Board of(UUID brand, UUID store, Period period) {
        Map<UUID, Figures> figures = figures(brand, store, period);
        Map<UUID, StaffRoster.Member> guides = new LinkedHashMap<>();
        roster.atStore(brand, store, "GUIDE").forEach(g -> guides.put(g.id(), g));
        figures.keySet().stream().filter(id -> !guides.containsKey(id))
                .forEach(id -> roster.find(brand, id).ifPresent(g -> guides.put(id, g)));
        Map<UUID, Long> bound = bindings.countsAt(brand, store);
        List<Standing> unranked = new ArrayList<>();
        for (StaffRoster.Member g : guides.values()) {
            Figures f = figures.getOrDefault(g.id(), Figures.NONE);
            unranked.add(new Standing(0, g.id(), g.name(), g.enabled(), bound.getOrDefault(g.id(), 0L), f.orders(),
                    f.sales(), f.refunds(), f.served(), f.commission(), f.clawedBack()));
        }
        unranked.sort(Comparator.comparingLong(Standing::sales).reversed().thenComparing(Standing::name));
        List<Standing> ranked = new ArrayList<>();
        for (Standing s : unranked) {
            ranked.add(new Standing(ranked.size() + 1, s.guideId(), s.name(), s.enabled(), s.customers(),
                    s.orders(), s.sales(), s.refunds(), s.customersServed(), s.commission(), s.clawedBack()));
        }
        return new Board(store, period.from(), period.to(), bound.getOrDefault(null, 0L), ranked);
    }

    private Map<UUID, Figures> figures(UUID brand, UUID store, Period period) {
        Map<UUID, Figures> figures = new HashMap<>();
        jdbc.sql("""
                        select guide_id,
                               count(*) filter (where kind = 'EARNED') as orders,
                               coalesce(sum(base), 0) as sales,
                               coalesce(-sum(base) filter (where kind = 'REVERSED'), 0) as refunds,
                               count(distinct customer_id) filter (where kind = 'EARNED') as served,
                               coalesce(sum(amount), 0) as commission,
                               coalesce(-sum(amount) filter (where kind = 'REVERSED'), 0) as clawed_back
                        from guide_commission
                        where tenant_id = :brand and store_id = :store and recorded_at >= :from and recorded_at < :to
                        group by guide_id""")
                .param("brand", brand).param("store", store).param("from", period.start()).param("to", period.end())
                .query((rs, n) -> figures.put(rs.getObject("guide_id", UUID.class), new Figures(rs.getLong("orders"),
                        rs.getLong("sales"), rs.getLong("refunds"), rs.getLong("served"), rs.getLong("commission"),
                        rs.getLong("clawed_back")))).list();
        return figures;
    }
}
