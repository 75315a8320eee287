package io.oneshelf.platform.security;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every server instance that a staff account's state, role or scope changed, so that its next request
 * is checked against the new state. Call it inside the transaction that makes the change: PostgreSQL delivers
 * the notification to the other instances when that transaction commits, and never if it rolls back.
 */
@Component
public class AccountChanges {

    static final String CHANNEL = "oneshelf_account_changed";

    private final JdbcClient jdbc;
    private final LiveAccounts accounts;

    AccountChanges(JdbcClient jdbc, LiveAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public void changed(UUID staffId) {
        jdbc.sql("select pg_notify('" + CHANNEL + "', :id)").param("id", staffId.toString()).query().singleRow();
        // this instance forgets at once after the commit, not when its own notification comes back: the caller's
        // next request may arrive sooner
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    accounts.forget(staffId);
                }
            });
        } else {
            accounts.forget(staffId);
        }
    }
}
