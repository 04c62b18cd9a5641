package pl.zmp.tracker.platform.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The global position of each appended event, as the append itself returns it (the insert's generated
 * {@code global_index}), kept in the unit of work that appended it: a command's receipt needs no query
 * for it. Axon's own statement is used unchanged; only its connection is asked to return the key.
 */
public final class AppendedPositions {

    private static final String RESOURCE = AppendedPositions.class.getName();
    private static final String[] GLOBAL_INDEX = {"global_index"};

    private AppendedPositions() {
    }

    /** The global position the current unit of work's append gave the event, if it appended it. */
    public static OptionalLong of(String eventIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            return OptionalLong.empty();
        }
        Map<String, Long> positions = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        Long position = positions == null ? null : positions.get(eventIdentifier);
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** Axon's append statement, prepared to return each row's global position. */
    static AppendEventsStatementBuilder statementBuilder() {
        return (connection, schema, dataType, events, serializer, timestampWriter) -> {
            PreparedStatement statement = JdbcEventStorageEngineStatements.appendEvents(
                    returningGlobalIndex(connection), schema, dataType, events, serializer, timestampWriter);
            return recordingPositions(statement, events);
        };
    }

    /** The connection, except that the insert it prepares returns {@code global_index}. */
    private static Connection returningGlobalIndex(Connection connection) {
        return (Connection) Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && arguments != null && arguments.length == 1) {
                        return connection.prepareStatement((String) arguments[0], GLOBAL_INDEX);
                    }
                    return invoke(method, connection, arguments);
                });
    }

    /** The statement, which after executing its batch notes each event's position in the unit of work. */
    private static PreparedStatement recordingPositions(PreparedStatement statement,
                                                        List<? extends EventMessage<?>> events) {
        return (PreparedStatement) Proxy.newProxyInstance(AppendedPositions.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, arguments) -> {
                    Object result = invoke(method, statement, arguments);
                    if (method.getName().equals("executeBatch")) {
                        record(statement, events);
                    }
                    return result;
                });
    }

    private static void record(PreparedStatement statement, List<? extends EventMessage<?>> events) throws SQLException {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<String, Long> positions = CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new HashMap<>());
        try (ResultSet keys = statement.getGeneratedKeys()) {
            // one key per inserted row, in the order of the batch
            for (int i = 0; i < events.size() && keys.next(); i++) {
                positions.put(events.get(i).getIdentifier(), keys.getLong(1));
            }
        }
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
