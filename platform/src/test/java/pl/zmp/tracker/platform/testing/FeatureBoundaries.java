package pl.zmp.tracker.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependencies a service's features may have on each other: each feature (a package right below the
 * service's) may use the shared wiring and the features it declares, and no other.
 */
public final class FeatureBoundaries {

    private final String service;
    private final Map<String, Set<String>> declared;
    private final Set<String> shared;
    private final JavaClasses classes;

    /** {@code declared}: feature → the features it may use; {@code shared}: packages every feature may use. */
    public FeatureBoundaries(String service, Map<String, Set<String>> declared, Set<String> shared) {
        this.service = service;
        this.declared = declared;
        this.shared = shared;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(service);
    }

    public Set<String> features() {
        return declared.keySet();
    }

    /** Fails, naming each offending dependency, when {@code feature} uses a feature it does not declare. */
    public void check(String feature) {
        String[] undeclared = declared.keySet().stream()
                .filter(other -> !other.equals(feature) && !shared.contains(other)
                        && !declared.get(feature).contains(other))
                .map(other -> service + "." + other + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(service + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(undeclared)
                .check(classes);
    }
}
