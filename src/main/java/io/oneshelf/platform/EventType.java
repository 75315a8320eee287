package io.oneshelf.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The stable name ({@code inventory.stock.received}) and schema version of a {@link BusinessEvent} type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** {@code module.thing.past-tense}, lower case with dots; never changes once published. */
    String value();

    /** Raised when a component is renamed or removed. */
    int version() default 1;
}
