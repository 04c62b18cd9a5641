package pl.zmp.tracker.query.rebuild;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A rebuild as it is kept in MongoDB, so that one interrupted by a restart resumes, and the
 * serving collection of each read model survives restarts. {@code state}: RUNNING or SERVING.
 */
@Document("read_model_rebuilds")
public record RebuildRecord(
        @Id String model,
        String state,
        String processorName,
        String targetCollection,
        String servingCollection,
        Instant startedAt,
        Instant finishedAt) {

    static final String RUNNING = "RUNNING";
    static final String SERVING = "SERVING";
}
