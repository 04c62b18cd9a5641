package pl.zmp.tracker.query.municipality;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.municipality.MunicipalityCodesCorrected;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.query.InMemoryRepository;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class MunicipalityProjectionTest {

    private static final MunicipalityId SOLEC = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01");
    private static final MunicipalityRegistered SOLEC_REGISTERED = new MunicipalityRegistered(SOLEC, "Sołec Zdrój",
            MunicipalityKind.RURAL_GMINA, CountryCode.POLAND, new TercCode("2601052"), "Solec-Zdrój", null);

    private final MunicipalityViewRepository views =
            InMemoryRepository.of(MunicipalityViewRepository.class, MunicipalityView.class);
    private final MunicipalityProjection projection =
            new MunicipalityProjection(views, InMemoryRepository.operationsOver(views));

    private MunicipalityView solec() {
        return views.findById(SOLEC.value()).orElseThrow();
    }

    @Test
    void projectsPolishRegistrationIntoAWholeView() {
        projection.on(SOLEC_REGISTERED, 0);

        assertThat(solec()).isEqualTo(new MunicipalityView(SOLEC.value(), "Sołec Zdrój",
                "RURAL_GMINA", "PL", "2601052", "Solec-Zdrój", null, null, null, 0));
    }

    @Test
    void projectsForeignRegistrationWithoutTercCode() {
        projection.on(new MunicipalityRegistered(new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02"),
                "Żytomierz", MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null,
                "UA18040190010079086"), 0);

        assertThat(views.findById("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02")).hasValue(new MunicipalityView(
                "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02", "Żytomierz", "FOREIGN_MUNICIPALITY", "UA", null, null,
                "UA18040190010079086", null, null, 0));
    }

    @Test
    void renameChangesOnlyTheNameAndVersion() {
        projection.on(SOLEC_REGISTERED, 0);

        projection.on(new MunicipalityRenamed(SOLEC, "Solec-Zdrój"), 1);

        assertThat(solec()).isEqualTo(new MunicipalityView(SOLEC.value(), "Solec-Zdrój",
                "RURAL_GMINA", "PL", "2601052", "Solec-Zdrój", null, null, null, 1));
    }

    @Test
    void membershipSetsMemberSinceAndUntil() {
        projection.on(SOLEC_REGISTERED, 0);

        projection.on(new ZmpMembershipRecorded(SOLEC, LocalDate.of(1991, 3, 1), LocalDate.of(2019, 12, 31)), 1);

        assertThat(solec().memberSince()).isEqualTo(LocalDate.of(1991, 3, 1));
        assertThat(solec().memberUntil()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(solec().version()).isEqualTo(1);
    }

    @Test
    void membershipWithoutEndLeavesMemberUntilEmpty() {
        projection.on(SOLEC_REGISTERED, 0);
        projection.on(new ZmpMembershipRecorded(SOLEC, LocalDate.of(1991, 3, 1), LocalDate.of(2019, 12, 31)), 1);

        projection.on(new ZmpMembershipRecorded(SOLEC, LocalDate.of(2021, 1, 1), null), 2);

        assertThat(solec().memberSince()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(solec().memberUntil()).isNull();
    }

    @Test
    void codeCorrectionReplacesEveryCodeButKeepsNameAndMembership() {
        projection.on(SOLEC_REGISTERED, 0);
        projection.on(new ZmpMembershipRecorded(SOLEC, LocalDate.of(1991, 3, 1), null), 1);

        projection.on(new MunicipalityCodesCorrected(SOLEC, MunicipalityKind.URBAN_RURAL_GMINA, CountryCode.POLAND,
                new TercCode("2601053"), "Solec-Zdrój (miasto)", "S-1"), 2);

        assertThat(solec()).isEqualTo(new MunicipalityView(SOLEC.value(), "Sołec Zdrój", "URBAN_RURAL_GMINA", "PL",
                "2601053", "Solec-Zdrój (miasto)", "S-1", LocalDate.of(1991, 3, 1), null, 2));
    }

    @Test
    void codeCorrectionToAForeignPlaceClearsTheTercCode() {
        projection.on(SOLEC_REGISTERED, 0);

        projection.on(new MunicipalityCodesCorrected(SOLEC, MunicipalityKind.FOREIGN_MUNICIPALITY,
                new CountryCode("UA"), null, null, "UA18040190010079086"), 1);

        assertThat(solec()).isEqualTo(new MunicipalityView(SOLEC.value(), "Sołec Zdrój", "FOREIGN_MUNICIPALITY",
                "UA", null, null, "UA18040190010079086", null, null, 1));
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        projection.on(SOLEC_REGISTERED, 0);
        MunicipalityRenamed renamed = new MunicipalityRenamed(SOLEC, "Solec-Zdrój");
        projection.on(renamed, 1);
        MunicipalityView once = solec();

        projection.on(renamed, 1);

        assertThat(solec()).isEqualTo(once);
        verify(views, times(2)).save(any());
    }

    @Test
    void registrationRedeliveredAfterLaterEventsDoesNotUndoThem() {
        projection.on(SOLEC_REGISTERED, 0);
        projection.on(new MunicipalityRenamed(SOLEC, "Solec-Zdrój"), 1);
        MunicipalityView renamed = solec();

        projection.on(SOLEC_REGISTERED, 0);

        assertThat(solec()).isEqualTo(renamed);
    }

    @Test
    void olderSequenceNumberIsIgnored() {
        projection.on(SOLEC_REGISTERED, 0);
        projection.on(new MunicipalityRenamed(SOLEC, "Solec-Zdrój"), 1);
        projection.on(new ZmpMembershipRecorded(SOLEC, LocalDate.of(1991, 3, 1), null), 2);
        MunicipalityView current = solec();

        projection.on(new MunicipalityRenamed(SOLEC, "Sołec Zdrój"), 1);
        projection.on(new MunicipalityCodesCorrected(SOLEC, MunicipalityKind.CITY, CountryCode.POLAND,
                new TercCode("2601011"), "Solec", null), 2);

        assertThat(solec()).isEqualTo(current);
        verify(views, times(3)).save(any());
    }

    @Test
    void eventOfAnUnprojectedMunicipalityIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> projection.on(new MunicipalityRenamed(SOLEC, "Solec-Zdrój"), 1))
                .withMessageContaining(SOLEC.value());
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.on(SOLEC_REGISTERED, 0);

        projection.reset();

        verify(views).deleteAll();
        assertThat(views.count()).isZero();
    }


    @Test
    void axonFindsAHandlerForEveryMunicipalityEventAndTheResetHandler() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);
        projection.on(SOLEC_REGISTERED, 0);

        assertThat(List.of(MunicipalityRegistered.class, MunicipalityRenamed.class, ZmpMembershipRecorded.class,
                MunicipalityCodesCorrected.class)).allMatch(axon::canHandleType);
        axon.prepareReset();
        assertThat(views.count()).isZero();
    }
}
