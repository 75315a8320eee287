package io.oneshelf.pos.snapshot;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.snapshot.SnapshotViews.MemberSnapshot;
import io.oneshelf.pos.snapshot.SnapshotViews.TillSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a till caches to keep selling when the network drops (decision 0046). */
@RestController
@Tag(name = "POS")
class SnapshotController {

    private final TillSnapshots snapshots;
    private final TillMembers members;

    SnapshotController(TillSnapshots snapshots, TillMembers members) {
        this.snapshots = snapshots;
        this.members = members;
    }

    @GetMapping("/api/v1/pos/tills/{id}/snapshot")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "getTillSnapshot", summary = "What the till caches to sell offline: the store's SKUs with "
            + "barcodes and POS prices (and tier prices), the promotions, member tiers, the cashier's rights and the "
            + "offline limits. With since (the asOf of the last one) only the SKUs changed since and the ids removed "
            + "since; full when since is absent or older than 30 days. 404 for a till outside your scope")
    TillSnapshot snapshot(@PathVariable UUID id, @Parameter(description = "the asOf of the device's last snapshot")
                          @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime since) {
        return snapshots.snapshot(Actor.current(), id, since == null ? null : since.toInstant());
    }

    @GetMapping("/api/v1/pos/tills/{id}/members")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "getTillMembers", summary = "The members the till may look up offline (by phone hash or "
            + "member code): the store's customers, or with since those changed since and those who ordered at the "
            + "store since; at most 5,000")
    MemberSnapshot members(@PathVariable UUID id, @Parameter(description = "the asOf of the device's last member "
            + "snapshot") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime since) {
        return members.members(Actor.current(), id, since == null ? null : since.toInstant());
    }
}
