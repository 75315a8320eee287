package io.oneshelf.platform.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs in-process {@code @ApplicationModuleListener}s (which are {@code @Async}) on Spring Boot's task executor,
 * after the publishing transaction has committed, so a slow or failing listener never holds up or fails the request
 * that made the fact; the event publication registry keeps what failed for resubmission (decision 0017).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncListeners {
}
