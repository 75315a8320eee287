package io.oneshelf.catalog.image;

import io.oneshelf.platform.blob.BlobStore;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the picture files in step with the picture rows. A blob is shared by every row of the tenant with the
 * same bytes, so it may go only when the last row naming it is gone. Writing a blob (until its row commits) and
 * checking-then-deleting an unused blob hold the same per-key lock, so a deletion can never remove a file that
 * a concurrent upload has just decided to reuse. Files are removed only after the deciding transaction ended:
 * a rolled-back deletion leaves the file, a rolled-back upload takes its file back with it when nobody uses it.
 */
@Component
class ImageBlobs {

    private static final Logger log = LoggerFactory.getLogger(ImageBlobs.class);

    private final BlobStore store;
    private final ProductImages images;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ImageBlobs(BlobStore store, ProductImages images, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.store = store;
        this.images = images;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores the picture's bytes for a row about to be inserted in the current transaction. */
    void keep(UUID tenant, CheckedImage image) {
        String key = image.key(tenant);
        lock(key);
        if (!store.exists(key)) {
            store.put(key, image.content());
        }
        afterCompletion(committed -> {
            if (!committed) {
                forgetIfUnused(tenant, key);
            }
        });
    }

    /** The current transaction removes a row naming this blob: once it commits, the blob goes if unused. */
    void release(UUID tenant, String key) {
        afterCompletion(committed -> {
            if (committed) {
                forgetIfUnused(tenant, key);
            }
        });
    }

    private void forgetIfUnused(UUID tenant, String key) {
        try {
            separately.executeWithoutResult(tx -> {
                lock(key);
                if (!images.referenced(tenant, key)) {
                    store.delete(key);
                }
            });
        } catch (RuntimeException e) {
            // the row change stands; an unused file costs disk space, not correctness
            log.warn("Could not remove the unused image file {}", key, e);
        }
    }

    private void lock(String key) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key)
                .query(Integer.class).single();
    }

    private static void afterCompletion(java.util.function.Consumer<Boolean> action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("picture files change only inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status == STATUS_COMMITTED);
            }
        });
    }
}
