package io.oneshelf.integration.kafka;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.platform.events.EventPosition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Which instance relays, and how far it got. The active relay holds a session advisory lock on a connection of its
 * own; PostgreSQL releases it when that session ends, also when the server holding it is killed, so a standby
 * takes over at its next try. The position is saved through the same session: a relay that lost its session (and
 * so perhaps its lock) cannot move it.
 */
final class RelayLock implements AutoCloseable {

    private final DataSource dataSource;
    private final String name;
    private Connection connection;

    RelayLock(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** True if this instance is, or has just become, the active relay. */
    boolean tryTake() throws SQLException {
        if (connection == null) {
            connection = open();
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_lock(hashtextextended('oneshelf.kafka-relay:' || ?, 0))")) {
            lock.setString(1, name);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** The position after the last event acknowledged by Kafka (the start of the log for a new relay). */
    EventPosition position() throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(
                "insert into kafka_relay_offset (name, tx, seq) values (?, 0, 0) on conflict (name) do nothing")) {
            create.setString(1, name);
            create.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement(
                "select tx, seq from kafka_relay_offset where name = ?")) {
            read.setString(1, name);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return new EventPosition(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Moves the position forward, never back; only after Kafka acknowledged every event up to it. */
    void save(EventPosition position) throws SQLException {
        try (PreparedStatement save = connection.prepareStatement("""
                update kafka_relay_offset set tx = ?, seq = ?, updated_at = now()
                where name = ? and (tx, seq) < (?, ?)""")) {
            save.setLong(1, position.tx());
            save.setLong(2, position.seq());
            save.setString(3, name);
            save.setLong(4, position.tx());
            save.setLong(5, position.seq());
            save.executeUpdate();
        }
    }

    /** Fails if the session holding the lock is gone, so that the relay sends nothing it may no longer send. */
    void check() throws SQLException {
        if (connection == null || !connection.isValid(10)) {
            throw new SQLException("The Kafka relay lost its database session, and with it its lock");
        }
    }

    /** Ends the session, which gives up the lock. */
    @Override
    public void close() {
        if (connection != null) {
            try (Statement unlock = connection.createStatement()) {
                unlock.execute("select pg_advisory_unlock_all()"); // a pooled session lives on after close
            } catch (SQLException ignored) {
                // a broken session holds no lock
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the session is gone either way, and the lock with it
            } finally {
                connection = null;
            }
        }
    }

    /**
     * A connection of its own, not one of the pool's (which would count it as busy forever). Keep-alives make the
     * database notice within about a minute that a relay's host vanished, and free its lock.
     */
    private Connection open() throws SQLException {
        Connection opened;
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties login = new Properties();
            if (hikari.getUsername() != null) {
                login.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                login.setProperty("password", hikari.getPassword());
            }
            login.setProperty("ApplicationName", "oneshelf-kafka-relay");
            opened = DriverManager.getConnection(hikari.getJdbcUrl(), login);
        } else {
            opened = dataSource.getConnection();
        }
        opened.setAutoCommit(true);
        try (Statement settings = opened.createStatement()) {
            settings.execute("set tcp_keepalives_idle = 30; set tcp_keepalives_interval = 10;"
                             + " set tcp_keepalives_count = 3");
        }
        return opened;
    }
}
