package id.laporbridge.sla.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source whose connections fail the n-th commit, as a process killed in the middle of a scan would. */
final class FailingCommits {

    private FailingCommits() {
    }

    /** Wraps {@code target} so that commit number {@code failingCommit} (counted from 1) throws and commits nothing. */
    static DataSource failOnCommit(DataSource target, int failingCommit) {
        AtomicInteger commits = new AtomicInteger();
        InvocationHandler dataSource = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                return connection(connection, commits, failingCommit);
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(FailingCommits.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, dataSource);
    }

    private static Connection connection(Connection target, AtomicInteger commits, int failingCommit) {
        InvocationHandler connection = (proxy, method, args) -> {
            if (method.getName().equals("commit") && commits.incrementAndGet() == failingCommit) {
                throw new SQLException("commit " + failingCommit + " failed on purpose: the process stops here");
            }
            return invoke(target, method, args);
        };
        return (Connection) Proxy.newProxyInstance(FailingCommits.class.getClassLoader(),
                new Class<?>[] {Connection.class}, connection);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
