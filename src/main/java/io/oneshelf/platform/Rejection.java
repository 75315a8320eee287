package io.oneshelf.platform;

import java.util.List;

/**
 * A business rule refused a command. Thrown by aggregates, policies and services of any module; the transaction
 * it escapes from rolls back, so a refused command changes nothing. It knows nothing of HTTP: {@code platform/web}
 * maps its {@link Kind} to a problem type and status and its faults to field errors, in one place.
 *
 * <p>Faults name the attribute of the command at fault as the command names it ({@code quantity},
 * {@code lines[2].skuId}); commands are named like the API bodies they come from, so the caller sees its own
 * field. Texts are {@link Message} codes, put into the reader's language only when written.
 *
 * <p>Throw a named subtype where the case has a name ({@link NotFound}, {@link TransitionRefused},
 * {@link LineRejected}, {@code OutOfStock} in inventory) or one of the factories below.
 */
public class Rejection extends RuntimeException {

    /** What kind of refusal this is; each maps to one problem type. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, STALE_VERSION, OUT_OF_STOCK, FORBIDDEN, UNAUTHORIZED, BAD_CREDENTIALS,
        TOO_MANY_REQUESTS, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, IDEMPOTENCY_KEY_REUSED, SERVICE_UNAVAILABLE
    }

    /** One attribute at fault and what is wrong with it. */
    public record Fault(String field, Message message) {

        public static Fault of(String field, String code, Object... args) {
            return new Fault(field, Message.of(code, args));
        }

        /** The same fault one level down, e.g. {@code quantity} of line 2 is {@code lines[2].quantity}. */
        public Fault within(String prefix) {
            return new Fault(field == null || field.isEmpty() ? prefix : prefix + "." + field, message);
        }
    }

    private final Kind kind;
    private final Message detail;
    private final List<Fault> faults;
    private final Long retryAfterSeconds;

    public Rejection(Kind kind, Message detail, List<Fault> faults) {
        this(kind, detail, faults, null);
    }

    public Rejection(Kind kind, Message detail) {
        this(kind, detail, List.of());
    }

    protected Rejection(Kind kind, Message detail, List<Fault> faults, Long retryAfterSeconds) {
        super(detail.toString(), null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.faults = List.copyOf(faults);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 404: the thing named by its code in the bundles ({@code thing.store} …) does not exist for the caller. */
    public static NotFound notFound(String thing) {
        return new NotFound(thing);
    }

    /** One attribute has a value the rule refuses: the detail says "field: message". */
    public static Rejection invalid(String field, String code, Object... args) {
        Message message = Message.of(code, args);
        return new Rejection(Kind.INVALID, Message.of("problem.field", field, message),
                List.of(new Fault(field, message)));
    }

    /** The command clashes with the state of things (a duplicate code, a used name): the detail is the message. */
    public static Rejection conflict(String field, String code, Object... args) {
        Message message = Message.of(code, args);
        return new Rejection(Kind.CONFLICT, message, List.of(new Fault(field, message)));
    }

    /** The caller changed an older version than the current one. */
    public static Rejection staleVersion() {
        return new Rejection(Kind.STALE_VERSION, Message.of("problem.stale-version"),
                List.of(Fault.of("version", "problem.stale-version.field")));
    }

    /** The caller's role or scope does not allow this. */
    public static Rejection forbidden(String code, Object... args) {
        return new Rejection(Kind.FORBIDDEN, Message.of(code, args));
    }

    /** Too many attempts: come back after the given time. */
    public static Rejection tooManyRequests(Message detail, long retryAfterSeconds) {
        return new Rejection(Kind.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
    }

    public Kind kind() {
        return kind;
    }

    public Message detail() {
        return detail;
    }

    public List<Fault> faults() {
        return faults;
    }

    /** The message of the first fault, else the detail: what one row of an import reports. */
    public Message firstMessage() {
        return faults.isEmpty() ? detail : faults.get(0).message();
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
