package pl.zmp.tracker.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The events are the contract between the services and the stored history: plain records that
 * any reader can deserialize, with nothing of Spring or of either service in them.
 */
class SharedEventsBoundaryTest {

    private static JavaClasses sharedEvents;

    @BeforeAll
    static void importClasses() {
        sharedEvents = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.zmp.tracker.events", "pl.zmp.tracker.values");
    }

    @Test
    void nothingDependsOnSpringOrOnAService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "pl.zmp.tracker.command..", "pl.zmp.tracker.query..",
                        "pl.zmp.tracker.platform..")
                .check(sharedEvents);
    }

    @Test
    void everyEventIsAnImmutableRecord() {
        classes().that().resideInAPackage("pl.zmp.tracker.events.(*)")
                .and().areTopLevelClasses().and().areNotInterfaces().and().areNotEnums()
                .and().haveSimpleNameNotEndingWith("Upcaster")
                .should().beAssignableTo(Record.class)
                .check(sharedEvents);
    }
}
