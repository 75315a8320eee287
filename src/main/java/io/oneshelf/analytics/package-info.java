/**
 * Analytics (經營數據): what the brand's numbers are, read from the other modules' events into read models of its
 * own. Owns the home dashboard's figures of the day (orders and sales by channel and by store, decision 0030), fed
 * by the order events and read through {@link io.oneshelf.order.Orders}; RFM, recommendations and replenishment
 * suggestions come here later. Depends on {@code platform}, on {@code org} for places, scopes and the brand's time
 * zone, and on {@code order}'s API and events; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "order"})
package io.oneshelf.analytics;
