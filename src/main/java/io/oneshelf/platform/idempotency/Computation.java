package io.oneshelf.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that computes an answer from its body and the current state and changes nothing (a price quote): a
 * repeat simply computes again, so it takes no Idempotency-Key and keeps no answer. POST only because the question
 * (a cart with its coupons) does not fit a URL. Found on the handler methods by {@link Computations}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Computation {
}
