package pl.zmp.tracker.command.axon;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Wraps the service's DataSource: an armed thread's next commit reaches the database, and then
 * answers with a broken connection (SQL state 08006), as a connection lost before the reply does.
 */
@TestConfiguration
public class CommitBreaker implements BeanPostProcessor {

    private static volatile Thread armed;
    private static volatile Runnable afterCommit;

    static void armFor(Thread thread, Runnable then) {
        afterCommit = then;
        armed = thread;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return breaking(super.getConnection());
                }
            };
        }
        return bean;
    }

    private static Connection breaking(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (self, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                    if (method.getName().equals("commit") && armed == Thread.currentThread()) {
                        armed = null;
                        afterCommit.run();
                        throw new SQLException("An I/O error occurred while sending to the backend", "08006");
                    }
                    return result;
                });
    }
}
