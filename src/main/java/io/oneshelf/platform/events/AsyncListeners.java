package io.oneshelf.platform.events;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs in-process {@code @ApplicationModuleListener}s (which are {@code @Async}) after the publishing transaction has
 * committed, so a slow or failing listener never holds up or fails the request that made the fact; the event
 * publication registry keeps what failed for resubmission (decision 0017).
 *
 * <p>On a pool of their own (decision 0047), {@code oneshelf.events.listener-threads} threads named
 * {@code listener-N}, at most a quarter of the database connection pool: a listener holds one connection at a time
 * (its transaction, then the registry's completion), so however many events wait — 10,000 synced sales are 50,000
 * listener calls — listeners never hold more than that share, and requests keep the rest. The queue is unbounded on
 * purpose: a refused call would leave its publication incomplete until the next restart; waiting is only lateness.
 * Nothing else in the application is {@code @Async}; Spring Boot's own task executor (the catalog export's
 * asynchronous answer) is left as it is.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncListeners implements AsyncConfigurer, DisposableBean {

    static final String THREAD_PREFIX = "listener-";

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    AsyncListeners(@Value("${oneshelf.events.listener-threads:4}") int threads,
                   @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        if (threads < 1 || threads > Math.max(1, poolSize / 4)) {
            throw new IllegalStateException("oneshelf.events.listener-threads must be 1 to a quarter of the "
                    + "connection pool (" + poolSize + "): " + threads);
        }
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(THREAD_PREFIX);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public void destroy() {
        // calls still queued stay incomplete in the registry and are republished on the next start
        executor.shutdown();
    }
}
