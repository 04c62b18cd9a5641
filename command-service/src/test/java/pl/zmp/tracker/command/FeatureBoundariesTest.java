package pl.zmp.tracker.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Features reach into each other only through the dependencies declared here: each aggregate's feature stands
 * alone on the shared wiring ({@code infra}, {@code businesstime}); audit reads every aggregate to replay it.
 * A new dependency between features is a decision: declare it here, or route it through the shared wiring.
 */
class FeatureBoundariesTest {

    private static final String SERVICE = "pl.zmp.tracker.command";
    /** Shared by every feature. */
    private static final Set<String> SHARED = Set.of("infra", "businesstime");
    private static final Map<String, Set<String>> DECLARED = Map.of(
            "audit", Set.of("municipality", "organisation", "project", "recruitment", "exhibition"),
            "municipality", Set.of(),
            "organisation", Set.of(),
            "project", Set.of(),
            "recruitment", Set.of(),
            "exhibition", Set.of(),
            "seed", Set.of());

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE);
    }

    static Stream<String> features() {
        return DECLARED.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("features")
    void aFeatureDependsOnlyOnTheSharedWiringAndWhatItDeclares(String feature) {
        String[] undeclared = DECLARED.keySet().stream()
                .filter(other -> !other.equals(feature) && !DECLARED.get(feature).contains(other))
                .map(other -> SERVICE + "." + other + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(SERVICE + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(undeclared)
                .check(service);
    }

    @ParameterizedTest
    @MethodSource("shared")
    void theSharedWiringDependsOnNoFeature(String shared) {
        noClasses().that().resideInAPackage(SERVICE + "." + shared + "..")
                .should().dependOnClassesThat().resideInAnyPackage(DECLARED.keySet().stream()
                        .map(feature -> SERVICE + "." + feature + "..").toArray(String[]::new))
                .check(service);
    }

    static Stream<String> shared() {
        return SHARED.stream().sorted();
    }
}
