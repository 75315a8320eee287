package io.oneshelf.platform.idempotency;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Keys for a {@link SelfIdempotent} endpoint whose work must not run inside one request-long
 * transaction: placing an order waits for the reservation desk, whose round needs a database connection of its own,
 * so a request that held one meanwhile could, with the pool's worth of such requests, leave the desk none (they all
 * waited for the pool's timeout). The call runs in its own transactions and must itself be idempotent by the key
 * (an order is: a repeated key finds the order made with it); its answer is kept afterwards and replayed to later
 * retries like the filter's. A retry that races the first call gets the same work's answer from the call itself.
 */
@Component
public class KeyedCalls {

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    KeyedCalls(IdempotencyKeys keys, TransactionTemplate transactions, JsonMapper json) {
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
    }

    /** The kept answer for the claim's key, or the call's (then kept); 422 for a key reused with other content. */
    public ResponseEntity<byte[]> once(IdempotencyClaim claim, Supplier<ResponseEntity<?>> call) {
        Optional<ResponseEntity<byte[]>> earlier = earlier(claim);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ResponseEntity<?> made = call.get();
        URI location = made.getHeaders().getLocation();
        IdempotentResponse answer = new IdempotentResponse(made.getStatusCode().value(),
                MediaType.APPLICATION_JSON_VALUE, location == null ? null : location.toString(),
                json.writeValueAsBytes(made.getBody()));
        try {
            transactions.executeWithoutResult(tx -> keys.storeAll(List.of(claim), List.of(answer)));
        } catch (ConcurrencyFailureException e) {
            return earlier(claim).orElseThrow(() -> e); // a retry kept its answer first: the same work's
        }
        return answer.toEntity(false);
    }

    private Optional<ResponseEntity<byte[]>> earlier(IdempotencyClaim claim) {
        return keys.findAll(List.of(claim)).get(0).map(e -> {
            if (!e.samePayload()) {
                throw new Rejection(Rejection.Kind.IDEMPOTENCY_KEY_REUSED,
                        Message.of("problem.idempotency.reused", "Idempotency-Key"));
            }
            return e.response().toEntity(true);
        });
    }
}
