package io.oneshelf.messaging.outbox;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox as the console shows it: every message sent, refused or failed, newest first. Customers belong to the
 * whole brand, and so do the messages to them; the recipient's phone is shown masked.
 */
@RestController
@Tag(name = "Messaging")
class OutboxController {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One outbox entry. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OutboxMessage")
    record Message(UUID id, UUID customerId, String channel, String purpose, String template,
                   Map<String, String> parameters, String recipient, String status, String reason, String provider,
                   String reference, OffsetDateTime createdAt) {
    }

    @GetMapping("/api/v1/messages")
    @PreAuthorize("hasAuthority('message:read')")
    @Operation(operationId = "listMessages", summary = "The messaging outbox, newest first, a page at a time: every "
            + "message to a customer (SMS, WeChat, WeCom) with its status (SENT, REFUSED for want of consent or an "
            + "address, FAILED), optionally of one customer or status; below brand-wide, of one customer only")
    Page<Message> list(@RequestParam(required = false) UUID customerId, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        if (status != null && !status.matches("SENT|REFUSED|FAILED")) {
            throw Rejection.invalid("status", "messaging.status.unknown");
        }
        Actor actor = Actor.current();
        if (!actor.brandWide() && customerId == null) {
            // messages name no place: below the brand, one customer's at a time (customers are the brand's)
            throw Rejection.invalid("customerId", "messaging.outbox.scope");
        }
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(jdbc.sql("""
                        select * from message_outbox
                        where tenant_id = :brand and (cast(:customer as uuid) is null or customer_id = :customer)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", actor.tenantId()).param("customer", customerId).param("status", status)
                .param("before", before).param("limit", size + 1)
                .query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getString("channel"), rs.getString("purpose"), rs.getString("template"),
                        json.readValue(rs.getString("parameters"), PARAMETERS), masked(rs.getString("recipient")),
                        rs.getString("status"), rs.getString("reason"), rs.getString("provider"),
                        rs.getString("reference"), rs.getObject("created_at", OffsetDateTime.class)))
                .list(), size, Message::id);
    }

    /** A phone as 138****1234 (decision 0025); other addresses as they are. */
    static String masked(String recipient) {
        return recipient == null || !recipient.matches("\\d{11}") ? recipient : PhoneNumber.masked(recipient);
    }
}
