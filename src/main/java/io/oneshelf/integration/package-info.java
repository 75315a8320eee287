/**
 * Data sync with other systems (數據同步): the event feed integrators pull, signed webhooks pushed to the
 * endpoints a brand registers, and the optional relay of every event to Kafka. It reads the event log of
 * {@code platform} ({@link io.oneshelf.platform.events.EventLog}) and knows the business modules only through their
 * events and {@code org}'s places and scopes (decision 0017).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org"})
package io.oneshelf.integration;
