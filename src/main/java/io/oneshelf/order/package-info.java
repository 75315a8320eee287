/**
 * Orders of every channel from the one stock pool (線上線下一體): the online mall (delivery or pickup), sales at
 * the till paid at once, and orders a shopping guide builds for a customer who pays by link (代客下單). Owns
 * checkout pricing (a pipeline of small steps: price book → … → total), the order with its one state machine
 * and its timeline, order routing ({@code routing}), the unpaid-order auto-cancel job, and the order events.
 * Holds and posts stock through inventory's in-process API, takes money through {@code payment}'s, prices through
 * the catalog's one price resolution; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "inventory", "payment", "member"})
package io.oneshelf.order;
