package id.wadul.routes.health;

import id.wadul.sql.Database;
import id.wadul.sql.UtcInstantTypeHandler;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The real test database's pool, with an outage on demand: while {@link #down} is set, {@link #getConnection()}
 * fails the way HikariCP does when its server is gone (SQLTransientConnectionException, SQLState 08001),
 * optionally after waiting as the pool does ({@link #poolWait}).
 */
public final class SwitchableDataSource implements DataSource {

    private final DataSource real;
    public volatile boolean down;
    /** How long a connection request waits while down before it fails, as a pool waits for its timeout. */
    private volatile long poolWaitMillis;

    public SwitchableDataSource(DataSource real) {
        this.real = real;
    }

    /** A MyBatis factory like {@link Database#sqlSessionFactory()}, on {@code dataSource}. */
    public static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("outage", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        configuration.addMappers(Database.MAPPER_PACKAGE);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    /** While down, connection requests wait this long before they fail (as HikariCP's connectionTimeout). */
    public SwitchableDataSource poolWait(Duration wait) {
        poolWaitMillis = wait.toMillis();
        return this;
    }

    /** Takes the outage away: waiting requests get a connection at once. */
    public synchronized void up() {
        down = false;
        notifyAll();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down && poolWaitMillis > 0) {
            awaitUpOrTimeout();
        }
        if (down) {
            throw new SQLTransientConnectionException("wadul-db - Connection is not available (test outage)",
                    "08001");
        }
        return real.getConnection();
    }

    private synchronized void awaitUpOrTimeout() throws SQLException {
        long deadline = System.currentTimeMillis() + poolWaitMillis;
        try {
            for (long left = poolWaitMillis; down && left > 0; left = deadline - System.currentTimeMillis()) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a connection", "08001", e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return real.isWrapperFor(iface);
    }
}
