package io.oneshelf.crm.rfm;

import io.oneshelf.crm.RfmSegment;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFM layering over HTTP: a customer's figures and scores (the 360° page), the segments with how many customers
 * each, the customers of one segment (the member list's segment filter), and a run on demand. Money in fen.
 */
@RestController
@Tag(name = "Customers")
class RfmController {

    private final JdbcClient jdbc;
    private final Customers customers;
    private final RfmLayering layering;

    RfmController(JdbcClient jdbc, Customers customers, RfmLayering layering) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.layering = layering;
    }

    /** A customer's RFM: null scores and segment until they paid an order and a run counted it. */
    @Schema(name = "CustomerRfm")
    record Rfm(UUID customerId, int orders, long spent, OffsetDateTime lastPaidAt, Integer recency,
               Integer frequency, Integer monetary, RfmSegment segment, OffsetDateTime computedAt) {
    }

    @Schema(name = "RfmSegmentCount")
    record SegmentCount(RfmSegment segment, long customers) {
    }

    /** A customer of a segment; the phone masked as everywhere unless the reader has customer:phone. */
    @Schema(name = "RfmSegmentCustomer")
    record SegmentCustomer(UUID id, String name, String phone, boolean phoneMasked, int orders, long spent,
                           OffsetDateTime lastPaidAt, int recency, int frequency, int monetary) {
    }

    @Schema(name = "RfmRun")
    record Run(boolean ran, int customers, int moved) {
    }

    @GetMapping("/api/v1/customers/{id}/rfm")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "getCustomerRfm", summary = "A customer's purchase figures and RFM scores (1–5) and "
            + "segment as of the last run (spent in fen: paid less returned)")
    Rfm rfm(@PathVariable UUID id) {
        Actor actor = Actor.current();
        customers.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("customer"));
        return jdbc.sql("select * from crm_rfm where tenant_id = :brand and customer_id = :id")
                .param("brand", actor.tenantId()).param("id", id)
                .query((rs, n) -> new Rfm(id, rs.getInt("orders"), rs.getLong("spent"),
                        rs.getObject("last_paid_at", OffsetDateTime.class), rs.getInt("recency"),
                        rs.getInt("frequency"), rs.getInt("monetary"), RfmSegment.valueOf(rs.getString("segment")),
                        rs.getObject("computed_at", OffsetDateTime.class)))
                .optional().orElse(new Rfm(id, 0, 0, null, null, null, null, null, null));
    }

    @GetMapping("/api/v1/rfm-segments")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listRfmSegments", summary = "Every RFM segment with how many customers it holds",
            description = "Eight segments, answered as a bare JSON array without paging: an exception to the "
                    + "{items, nextCursor} rule.")
    List<SegmentCount> segments() {
        Map<String, Long> counts = jdbc.sql("select segment, count(*) as n from crm_rfm where tenant_id = :brand"
                        + " group by segment").param("brand", Actor.current().tenantId())
                .query((rs, n) -> Map.entry(rs.getString("segment"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(RfmSegment.values()).map(s -> new SegmentCount(s, counts.getOrDefault(s.name(), 0L)))
                .toList();
    }

    @GetMapping("/api/v1/rfm-customers")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listRfmSegmentCustomers", summary = "The customers of one RFM segment, as of the last "
            + "run (the member list's segment filter)")
    Page<SegmentCustomer> members(@RequestParam RfmSegment segment, @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        boolean full = actor.can(Permission.CUSTOMER_PHONE);
        List<SegmentCustomer> rows = jdbc.sql("select * from crm_rfm where tenant_id = :brand and segment = :segment"
                        + " and (cast(:before as uuid) is null or customer_id < :before)"
                        + " order by customer_id desc limit " + (size + 1))
                .param("brand", actor.tenantId()).param("segment", segment.name()).param("before", before)
                .query((rs, n) -> {
                    UUID id = rs.getObject("customer_id", UUID.class);
                    Customer c = customers.find(actor.tenantId(), id).orElse(null);
                    String phone = c == null ? null : full ? c.phone() : PhoneNumber.masked(c.phone());
                    return new SegmentCustomer(id, c == null ? null : c.name(), phone, !full, rs.getInt("orders"),
                            rs.getLong("spent"), rs.getObject("last_paid_at", OffsetDateTime.class),
                            rs.getInt("recency"), rs.getInt("frequency"), rs.getInt("monetary"));
                }).list();
        return Page.of(rows, size, SegmentCustomer::id);
    }

    @PostMapping("/api/v1/rfm-segments/recompute")
    @PreAuthorize("hasAuthority('customer:manage')")
    @Operation(operationId = "recomputeRfm", summary = "Recompute the brand's RFM scores and segments now (also done "
            + "every six hours)", description = "ran is false when another server instance is running the brand.")
    Run recompute() {
        RfmLayering.Outcome o = layering.run(Actor.current().tenantId());
        return new Run(o.ran(), o.customers(), o.moved());
    }
}
