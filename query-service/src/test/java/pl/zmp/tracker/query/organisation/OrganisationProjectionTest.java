package pl.zmp.tracker.query.organisation;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.query.InMemoryRepository;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class OrganisationProjectionTest {

    private static final OrganisationId ZMP = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e01");
    private static final OrganisationRegistered ZMP_REGISTERED = new OrganisationRegistered(ZMP,
            "Związek Miast Polskich", "ZMP", OrganisationKind.ASSOCIATION, CountryCode.POLAND, "0000111385",
            "000699630");

    private final OrganisationViewRepository views =
            InMemoryRepository.of(OrganisationViewRepository.class, OrganisationView.class);
    private final OrganisationProjection projection =
            new OrganisationProjection(views, InMemoryRepository.operationsOver(views));

    @Test
    void projectsRegistrationIntoAWholeView() {
        projection.on(ZMP_REGISTERED, 0);

        assertThat(views.findById(ZMP.value())).hasValue(new OrganisationView(ZMP.value(), "Związek Miast Polskich",
                "ZMP", "ASSOCIATION", "PL", "0000111385", "000699630", 0));
    }

    @Test
    void projectsForeignOrganisationWithoutRegistryNumbers() {
        OrganisationId norway = new OrganisationId("0b7e3a52-4c1d-4f2a-8e6b-2d9c1a7f0e02");

        projection.on(new OrganisationRegistered(norway, "Kommunesektorens organisasjon", "KS",
                OrganisationKind.ASSOCIATION, new CountryCode("NO"), null, null), 0);

        assertThat(views.findById(norway.value())).hasValue(new OrganisationView(norway.value(),
                "Kommunesektorens organisasjon", "KS", "ASSOCIATION", "NO", null, null, 0));
    }

    @Test
    void replayingTheRegistrationChangesNothing() {
        projection.on(ZMP_REGISTERED, 0);
        OrganisationView once = views.findById(ZMP.value()).orElseThrow();

        projection.on(ZMP_REGISTERED, 0);

        assertThat(views.findAll()).containsExactly(once);
        verify(views, times(1)).save(any());
    }

    @Test
    void olderSequenceNumberIsIgnored() {
        projection.on(ZMP_REGISTERED, 3);
        OrganisationView current = views.findById(ZMP.value()).orElseThrow();

        projection.on(new OrganisationRegistered(ZMP, "ZMP (stara nazwa)", null, OrganisationKind.OTHER,
                CountryCode.POLAND, null, null), 2);

        assertThat(views.findById(ZMP.value())).hasValue(current);
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.on(ZMP_REGISTERED, 0);

        projection.reset();

        verify(views).deleteAll();
        assertThat(views.count()).isZero();
    }


    @Test
    void axonFindsTheRegistrationHandlerAndTheResetHandler() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);
        projection.on(ZMP_REGISTERED, 0);

        assertThat(axon.canHandleType(OrganisationRegistered.class)).isTrue();
        axon.prepareReset();
        assertThat(views.count()).isZero();
    }
}
