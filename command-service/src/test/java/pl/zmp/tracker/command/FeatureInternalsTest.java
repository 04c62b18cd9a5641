package pl.zmp.tracker.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a feature keeps to itself: its aggregate, its request records (and the records they are made of) and
 * every type an endpoint takes as a {@code @RequestBody} are package-private, so no other feature builds them or
 * depends on their shape. What works on every aggregate finds them through {@code AggregateClasses}.
 */
class FeatureInternalsTest {

    private static final ArchRule AGGREGATES_ARE_PACKAGE_PRIVATE = classes()
            .that().areAnnotatedWith(Aggregate.class).or().areAnnotatedWith(AggregateRoot.class)
            .should().notBePublic();

    private static final ArchRule REQUEST_RECORDS_ARE_PACKAGE_PRIVATE = classes()
            .that().areRecords().and().haveSimpleNameEndingWith("Request")
            .should().notBePublic();

    private static final ArchRule REQUEST_BODIES_ARE_PACKAGE_PRIVATE = methods()
            .should(new ArchCondition<JavaMethod>("take only package-private request bodies") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getParameters().stream()
                            .filter(parameter -> parameter.isAnnotatedWith(RequestBody.class))
                            .filter(parameter -> parameter.getRawType().getModifiers().contains(JavaModifier.PUBLIC))
                            .forEach(parameter -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " takes the public " + parameter.getRawType().getName()
                                            + " as its request body")));
                }
            });

    private static final JavaClasses COMMAND_SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.zmp.tracker.command");

    @Test
    void aggregatesArePackagePrivate() {
        AGGREGATES_ARE_PACKAGE_PRIVATE.check(COMMAND_SERVICE);
    }

    @Test
    void requestRecordsArePackagePrivate() {
        REQUEST_RECORDS_ARE_PACKAGE_PRIVATE.check(COMMAND_SERVICE);
    }

    @Test
    void requestBodiesArePackagePrivate() {
        REQUEST_BODIES_ARE_PACKAGE_PRIVATE.check(COMMAND_SERVICE);
    }

    @Test
    void aPublicAggregateBreaksItsRule() {
        JavaClasses publicAggregates = new ClassFileImporter().importClasses(PublicAggregate.class, PublicRoot.class);

        assertThat(AGGREGATES_ARE_PACKAGE_PRIVATE.evaluate(publicAggregates).getFailureReport().getDetails())
                .hasSize(2);
    }

    @Test
    void aPublicRequestRecordBreaksBothItsRules() {
        JavaClasses publicRequest = new ClassFileImporter().importClasses(PublicRequest.class, PublicBodyEndpoint.class);

        assertThat(REQUEST_RECORDS_ARE_PACKAGE_PRIVATE.evaluate(publicRequest).hasViolation()).isTrue();
        assertThat(REQUEST_BODIES_ARE_PACKAGE_PRIVATE.evaluate(publicRequest).hasViolation()).isTrue();
    }

    /** What the rules must refuse: aggregates and a request record made public. */
    @Aggregate
    public static class PublicAggregate {
    }

    @AggregateRoot
    public static class PublicRoot {
    }

    public record PublicRequest(String name) {
    }

    static class PublicBodyEndpoint {
        @PostMapping("/api/public")
        void register(@RequestBody PublicRequest request) {
        }
    }
}
