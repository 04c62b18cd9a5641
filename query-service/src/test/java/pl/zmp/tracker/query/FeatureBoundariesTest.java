package pl.zmp.tracker.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.zmp.tracker.platform.testing.FeatureBoundaries;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Features reach into each other only through the dependencies declared here. Each read model's feature stands
 * alone on the shared wiring: {@code projection} (how events reach the read models), {@code store} (the read
 * models' MongoDB) and {@code web} (how queries are asked and answered). The views that combine read models
 * declare what they read: the dashboard, the exports, the calendar feed, a municipality's portfolio (its projects
 * and applications) and a project's detail (its exhibitions, and its past states through the dashboard's history).
 * The store resolves names of municipalities, organisations and projects for every answer.
 * A new dependency between features is a decision: declare it here, or route it through the shared wiring.
 */
class FeatureBoundariesTest {

    private static final FeatureBoundaries BOUNDARIES = new FeatureBoundaries("pl.zmp.tracker.query", Map.ofEntries(
            Map.entry("projection", Set.of()),
            Map.entry("store", Set.of("municipality", "organisation", "project")),
            Map.entry("web", Set.of()),
            Map.entry("audit", Set.of("export", "dashboard", "project")),
            Map.entry("calendar", Set.of("exhibition", "recruitment")),
            Map.entry("dashboard", Set.of("project", "recruitment", "exhibition")),
            Map.entry("export", Set.of("project", "recruitment")),
            Map.entry("municipality", Set.of("project", "recruitment")),
            Map.entry("project", Set.of("exhibition", "dashboard")),
            Map.entry("organisation", Set.of()),
            Map.entry("recruitment", Set.of()),
            Map.entry("exhibition", Set.of()),
            Map.entry("rebuild", Set.of()),
            Map.entry("terc", Set.of())),
            Set.of("projection", "store", "web"));

    static Stream<String> features() {
        return BOUNDARIES.features().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("features")
    void aFeatureDependsOnlyOnTheSharedWiringAndWhatItDeclares(String feature) {
        BOUNDARIES.check(feature);
    }
}
