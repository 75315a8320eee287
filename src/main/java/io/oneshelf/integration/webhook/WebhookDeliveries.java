package io.oneshelf.integration.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oneshelf.integration.webhook.WebhookDelivery.Status;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.sql.Timestamp;
import io.oneshelf.integration.webhook.OutcomeRecorder.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries and their attempts. Workers take due deliveries with {@code FOR UPDATE SKIP LOCKED}: a claim counts
 * the attempt, moves the due time to the end of a lease and marks the row with a token; only the holder of that
 * token may record the outcome. A worker that dies mid-attempt leaves a row that falls due again when the lease
 * ends, and is taken as the next attempt; two workers never hold the same attempt.
 */
@Repository
class WebhookDeliveries {

    private final JdbcClient jdbc;

    private final Timer claims;
    private final Timer finishes;

    WebhookDeliveries(JdbcClient jdbc, MeterRegistry meters) {
        this.claims = Timer.builder("oneshelf.webhooks.claim.duration")
                .description("Claiming due deliveries for the free workers").register(meters);
        this.finishes = Timer.builder("oneshelf.webhooks.finish.duration")
                .description("Recording a batch of attempts' outcomes").register(meters);
        this.jdbc = jdbc;
    }

    /** A new delivery, due now. */
    record NewDelivery(UUID tenant, UUID endpointId, UUID eventId, String eventType, String body, boolean test,
                       UUID redeliveryOf) {
    }

    /**
     * Inserts the deliveries in one statement (a dispatch makes up to a batch of them); an event already on its way
     * to an endpoint is not added twice. Answers the ids of those inserted, in the order given.
     */
    List<UUID> insert(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        int n = deliveries.size();
        UUID[] ids = new UUID[n];
        UUID[] tenants = new UUID[n];
        UUID[] endpoints = new UUID[n];
        UUID[] events = new UUID[n];
        String[] types = new String[n];
        String[] bodies = new String[n];
        Boolean[] tests = new Boolean[n];
        UUID[] originals = new UUID[n];
        for (int i = 0; i < n; i++) {
            NewDelivery d = deliveries.get(i);
            ids[i] = Ids.next();
            tenants[i] = d.tenant();
            endpoints[i] = d.endpointId();
            events[i] = d.eventId();
            types[i] = d.eventType();
            bodies[i] = d.body();
            tests[i] = d.test();
            originals[i] = d.redeliveryOf();
        }
        return jdbc.sql("""
                insert into webhook_delivery (id, tenant_id, endpoint_id, event_id, event_type, body, test,
                                              redelivery_of, status, next_attempt_at)
                select * , 'PENDING', now()
                from unnest(cast(:ids as uuid[]), cast(:tenants as uuid[]), cast(:endpoints as uuid[]),
                            cast(:events as uuid[]), cast(:types as text[]), cast(:bodies as text[]),
                            cast(:tests as boolean[]), cast(:originals as uuid[]))
                order by 1
                on conflict do nothing returning id""")
                .param("ids", ids).param("tenants", tenants).param("endpoints", endpoints).param("events", events)
                .param("types", types).param("bodies", bodies).param("tests", tests).param("originals", originals)
                .query(UUID.class).list();
    }

    /** An attempt a worker holds: what to send, and the token that lets it record the outcome. */
    /** One claimed attempt, with where it goes and its endpoint's secrets as stored (sealed). */
    record Claim(UUID id, UUID tenant, UUID endpointId, UUID eventId, String body, int attempt, UUID token,
                 SealedTarget target) {
    }

    /** An endpoint's URL and its secrets as stored: the current one and the previous one while it still signs. */
    record SealedTarget(String url, String secret, String previousSecret) {
    }

    /**
     * Takes up to {@code limit} due deliveries for one attempt each, for {@code lease}. Deliveries of a disabled
     * endpoint wait until it is enabled again (test sends go anyway). The due rows are picked once, in a
     * materialized CTE: as {@code id in (select ... limit n for update skip locked)} the planner may run the
     * subquery again for the outer rows, each run skipping the rows the last one locked, and take more than n.
     */
    List<Claim> claim(int limit, Duration lease) {
        return claims.record(() -> claimNow(limit, lease));
    }

    private List<Claim> claimNow(int limit, Duration lease) {
        UUID token = Ids.next();
        return jdbc.sql("""
                with due as materialized (
                    select x.id from webhook_delivery x
                    where x.status = 'PENDING' and x.next_attempt_at <= now()
                      and (x.test or exists (select 1 from webhook_endpoint e
                                              where e.id = x.endpoint_id and e.enabled))
                    order by x.next_attempt_at limit :limit for update of x skip locked)
                update webhook_delivery d
                set attempts = d.attempts + 1, lease_token = :token, last_attempt_at = now(),
                    next_attempt_at = now() + make_interval(secs => :lease)
                from due, webhook_endpoint e where d.id = due.id and e.id = d.endpoint_id
                returning d.id, d.tenant_id, d.endpoint_id, d.event_id, d.body, d.attempts, e.url, e.secret,
                          case when e.previous_secret_until > now() then e.previous_secret end as previous""")
                .param("token", token).param("lease", lease.toMillis() / 1000.0).param("limit", limit)
                .query((rs, n) -> new Claim(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("body"), rs.getInt("attempts"), token, new SealedTarget(rs.getString("url"),
                                rs.getString("secret"), rs.getString("previous"))))
                .list();
    }

    /**
     * Records how an attempt went: delivered, due again after {@code retryIn}, or failed for good when that is
     * null. Answers false (and records nothing) when the lease was lost meanwhile.
     */
    boolean finish(Claim claim, DeliveryAttempt attempt, Duration retryIn) {
        return finishAll(List.of(new Outcome(claim, attempt, retryIn))).contains(claim.id());
    }

    /**
     * Records the outcomes (see {@link #finish}) in two statements; those whose lease was lost meanwhile are left
     * out. Answers the ids of the deliveries recorded.
     */
    Set<UUID> finishAll(List<Outcome> outcomes) {
        return finishes.record(() -> finishNow(outcomes));
    }

    private Set<UUID> finishNow(List<Outcome> outcomes) {
        int n = outcomes.size();
        UUID[] ids = new UUID[n];
        UUID[] tokens = new UUID[n];
        String[] statuses = new String[n];
        Double[] retries = new Double[n];
        for (int i = 0; i < n; i++) {
            Outcome o = outcomes.get(i);
            ids[i] = o.claim().id();
            tokens[i] = o.claim().token();
            statuses[i] = (o.attempt().delivered() ? Status.DELIVERED : o.retryIn() == null ? Status.FAILED
                    : Status.PENDING).name();
            retries[i] = o.retryIn() == null ? 0 : o.retryIn().toMillis() / 1000.0;
        }
        Set<UUID> recorded = new HashSet<>(jdbc.sql("""
                update webhook_delivery d set status = v.status, lease_token = null,
                    next_attempt_at = case when v.status = 'PENDING' then now() + make_interval(secs => v.retry) end,
                    last_status_code = v.code, last_latency_ms = v.latency, last_response = v.response,
                    last_error = v.error, delivered_at = case when v.status = 'DELIVERED' then now() end
                from unnest(cast(:ids as uuid[]), cast(:tokens as uuid[]), cast(:statuses as text[]),
                            cast(:retries as float8[]), cast(:codes as int[]), cast(:latencies as int[]),
                            cast(:responses as text[]), cast(:errors as text[]))
                     as v(id, token, status, retry, code, latency, response, error)
                where d.id = v.id and d.lease_token = v.token
                returning d.id""")
                .param("ids", ids).param("tokens", tokens).param("statuses", statuses).param("retries", retries)
                .param("codes", attempts(outcomes, DeliveryAttempt::statusCode, Integer[]::new))
                .param("latencies", attempts(outcomes, DeliveryAttempt::latencyMs, Integer[]::new))
                .param("responses", attempts(outcomes, DeliveryAttempt::responseExcerpt, String[]::new))
                .param("errors", attempts(outcomes, DeliveryAttempt::error, String[]::new))
                .query(UUID.class).list());
        List<Outcome> kept = outcomes.stream().filter(o -> recorded.contains(o.claim().id())).toList();
        if (!kept.isEmpty()) {
            jdbc.sql("""
                    insert into webhook_attempt (delivery_id, number, tenant_id, started_at, status_code, latency_ms,
                                                 response_excerpt, error)
                    select * from unnest(cast(:ids as uuid[]), cast(:numbers as int[]), cast(:tenants as uuid[]),
                                         cast(:starts as timestamptz[]), cast(:codes as int[]),
                                         cast(:latencies as int[]), cast(:responses as text[]),
                                         cast(:errors as text[]))
                    on conflict do nothing""")
                    .param("ids", kept.stream().map(o -> o.claim().id()).toArray(UUID[]::new))
                    .param("numbers", kept.stream().map(o -> o.claim().attempt()).toArray(Integer[]::new))
                    .param("tenants", kept.stream().map(o -> o.claim().tenant()).toArray(UUID[]::new))
                    .param("starts", attempts(kept, a -> Timestamp.from(a.startedAt().toInstant()), Timestamp[]::new))
                    .param("codes", attempts(kept, DeliveryAttempt::statusCode, Integer[]::new))
                    .param("latencies", attempts(kept, DeliveryAttempt::latencyMs, Integer[]::new))
                    .param("responses", attempts(kept, DeliveryAttempt::responseExcerpt, String[]::new))
                    .param("errors", attempts(kept, DeliveryAttempt::error, String[]::new))
                    .update();
        }
        return recorded;
    }

    private static <T> T[] attempts(List<Outcome> outcomes, Function<DeliveryAttempt, T> field,
                                    IntFunction<T[]> array) {
        return outcomes.stream().map(o -> field.apply(o.attempt())).toArray(array);
    }

    Optional<WebhookDelivery> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from webhook_delivery where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(WebhookDeliveries::map).optional();
    }

    /** What a delivery sent, for a redelivery of it. */
    Optional<NewDelivery> content(UUID tenant, UUID id) {
        return jdbc.sql("select * from webhook_delivery where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id)
                .query((rs, n) -> new NewDelivery(tenant, rs.getObject("endpoint_id", UUID.class),
                        rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("body"),
                        rs.getBoolean("test"), rs.getObject("id", UUID.class)))
                .optional();
    }

    String body(UUID tenant, UUID id) {
        return jdbc.sql("select body from webhook_delivery where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(String.class).single();
    }

    List<DeliveryAttempt> attempts(UUID tenant, UUID id) {
        return jdbc.sql("""
                select * from webhook_attempt where tenant_id = :tenant and delivery_id = :id order by number""")
                .param("tenant", tenant).param("id", id)
                .query((rs, n) -> new DeliveryAttempt(rs.getInt("number"),
                        rs.getObject("started_at", OffsetDateTime.class), (Integer) rs.getObject("status_code"),
                        (Integer) rs.getObject("latency_ms"), rs.getString("response_excerpt"), rs.getString("error")))
                .list();
    }

    /**
     * Redelivers, as new deliveries, every event the endpoint was sent since {@code since} (the first delivery of
     * each: a manual redelivery is itself not repeated). Answers how many.
     */
    int redeliverSince(UUID tenant, UUID endpoint, Instant since) {
        List<UUID> originals = jdbc.sql("""
                select id from webhook_delivery
                where tenant_id = :tenant and endpoint_id = :endpoint and redelivery_of is null
                  and id >= uuid7_floor(:since) order by id""")
                .param("tenant", tenant).param("endpoint", endpoint)
                .param("since", java.sql.Timestamp.from(since)).query(UUID.class).list();
        if (originals.isEmpty()) {
            return 0;
        }
        UUID[] ids = originals.stream().map(o -> Ids.next()).toArray(UUID[]::new);
        return jdbc.sql("""
                insert into webhook_delivery (id, tenant_id, endpoint_id, event_id, event_type, body, test,
                                              redelivery_of, status, next_attempt_at)
                select n.id, d.tenant_id, d.endpoint_id, d.event_id, d.event_type, d.body, d.test, d.id,
                       'PENDING', now()
                from unnest(cast(:ids as uuid[]), cast(:originals as uuid[])) as n(id, original)
                join webhook_delivery d on d.id = n.original and d.tenant_id = :tenant""")
                .param("ids", ids).param("originals", originals.toArray(UUID[]::new)).param("tenant", tenant)
                .update();
    }

    /** What the delivery log lists; a null field does not filter. */
    record Filter(UUID endpointId, Status status, String eventType) {
    }

    TimePage<WebhookDelivery> page(UUID tenant, Filter filter, TimeWindow window, int limit) {
        StringBuilder sql = new StringBuilder("select * from webhook_delivery where tenant_id = any(:tenants)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenants", new UUID[] {tenant});
        String[] order = {"tenant_id", "id"};
        if (filter.endpointId() != null) {
            sql.append(" and endpoint_id = :endpoint");
            params.put("endpoint", filter.endpointId());
            order = new String[] {"tenant_id", "endpoint_id", "id"};
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.eventType() != null) {
            sql.append(" and event_type = :type");
            params.put("type", filter.eventType());
        }
        sql.append(" and ").append(window.range("id")).append(' ').append(window.order(order))
                .append(" limit :rows");
        params.put("lo", window.lo());
        params.put("hi", window.hi());
        params.put("rows", limit + 1);
        return window.page(jdbc.sql(sql.toString()).params(params).query(WebhookDeliveries::map).list(), limit,
                WebhookDelivery::id);
    }

    private static WebhookDelivery map(ResultSet rs, int n) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getBoolean("test"),
                rs.getObject("redelivery_of", UUID.class), Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("last_attempt_at", OffsetDateTime.class), (Integer) rs.getObject("last_status_code"),
                (Integer) rs.getObject("last_latency_ms"), rs.getString("last_response"), rs.getString("last_error"),
                rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
