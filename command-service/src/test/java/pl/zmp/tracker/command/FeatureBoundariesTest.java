package pl.zmp.tracker.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.zmp.tracker.platform.testing.FeatureBoundaries;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Features reach into each other only through the dependencies declared here, and on the command side there are
 * none: each aggregate's feature stands alone on the shared wiring, which uses no feature: {@code web} (how the
 * API reads commands and answers them), {@code axon} (how commands are sent, take turns and are stored) and
 * {@code businesstime}. Audit replays every aggregate without naming one ({@code AggregateClasses} finds them).
 * A new dependency between features is a decision: declare it here, or route it through the shared wiring.
 */
class FeatureBoundariesTest {

    private static final FeatureBoundaries BOUNDARIES = new FeatureBoundaries("pl.zmp.tracker.command", Map.of(
            "web", Set.of(),
            "axon", Set.of(),
            "businesstime", Set.of(),
            "audit", Set.of(),
            "municipality", Set.of(),
            "organisation", Set.of(),
            "project", Set.of(),
            "recruitment", Set.of(),
            "exhibition", Set.of(),
            "seed", Set.of()),
            Set.of("web", "axon", "businesstime"));

    static Stream<String> features() {
        return BOUNDARIES.features().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("features")
    void aFeatureDependsOnlyOnTheSharedWiringAndWhatItDeclares(String feature) {
        BOUNDARIES.check(feature);
    }
}
