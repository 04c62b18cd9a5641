package pl.zmp.tracker.query.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which MongoDB collection holds each read model. Queries and the live projections use the serving
 * collection; a rebuild writes, on its own threads only, to a collection of its own, which is swapped
 * in as the serving one in one step when it has caught up. The read-model documents name their
 * collection through {@link #name(String)} (a SpEL expression in {@code @Document}), evaluated on
 * every access; static because that expression cannot reach Spring beans in every context the
 * documents are used in.
 */
public final class ReadModelCollections {

    private static final Map<String, String> SERVING = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, String>> REDIRECTED = new ThreadLocal<>();

    private ReadModelCollections() {
    }

    /** The collection a read model's documents are in, as seen by the calling thread. */
    public static String name(String model) {
        Map<String, String> redirected = REDIRECTED.get();
        if (redirected != null && redirected.containsKey(model)) {
            return redirected.get(model);
        }
        return SERVING.getOrDefault(model, model);
    }

    public static String serving(String model) {
        return SERVING.getOrDefault(model, model);
    }

    /** Makes {@code collection} the one every query of the model reads from now on. */
    public static void serve(String model, String collection) {
        SERVING.put(model, collection);
    }

    /** Runs {@code work} on this thread with the model's documents read and written in {@code collection}. */
    public static <T> T redirected(String model, String collection, Work<T> work) throws Exception {
        Map<String, String> previous = REDIRECTED.get();
        REDIRECTED.set(Map.of(model, collection));
        try {
            return work.run();
        } finally {
            REDIRECTED.set(previous);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

}
