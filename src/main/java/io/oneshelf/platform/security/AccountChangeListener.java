package io.oneshelf.platform.security;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for {@link AccountChanges} made by any server instance and forgets those accounts here, so that a
 * disabled or demoted account is refused on every instance within moments. On its own connection, held for
 * the server's life; after a lost connection it reconnects and forgets everything, since notifications sent
 * meanwhile are lost.
 */
@Component
class AccountChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccountChangeListener.class);
    private static final int WAIT_MS = 500;

    private final DataSource dataSource;
    private final LiveAccounts accounts;
    private volatile boolean running;
    private Thread thread;

    AccountChangeListener(DataSource dataSource, LiveAccounts accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "account-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2 * WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = open(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + AccountChanges.CHANNEL);
                accounts.forgetAll();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    forget(notifications.getNotifications(WAIT_MS));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Account change notifications interrupted; reconnecting in a second", e);
                    pause();
                }
            }
        }
    }

    private void forget(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            accounts.forget(UUID.fromString(notification.getParameter()));
        }
    }

    /** A connection of its own, not one of the pool's: the pool would count it as busy forever. */
    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties login = new Properties();
            if (hikari.getUsername() != null) {
                login.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                login.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), login);
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
