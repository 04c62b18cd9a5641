package pl.zmp.tracker.query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One in-memory MongoDB wire-protocol server for the whole test run. */
public final class EmbeddedMongo {

    private static MongoServer server;

    private EmbeddedMongo() {
    }

    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/query-tests";
    }

    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.data.mongodb.uri", EmbeddedMongo::uri);
    }
}
