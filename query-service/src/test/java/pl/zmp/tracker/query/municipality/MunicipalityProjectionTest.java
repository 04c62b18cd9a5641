package pl.zmp.tracker.query.municipality;

import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class MunicipalityProjectionTest {

    private final MunicipalityViewRepository views = mock(MunicipalityViewRepository.class);
    private final MunicipalityProjection projection = new MunicipalityProjection(views);

    @Test
    void projectsPolishRegistrationIntoAWholeView() {
        projection.on(new MunicipalityRegistered(new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01"),
                "Sołec Zdrój", MunicipalityKind.RURAL_GMINA, CountryCode.POLAND, new TercCode("2601052"),
                "Solec-Zdrój", null), 0);

        verify(views).save(new MunicipalityView("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01", "Sołec Zdrój",
                "RURAL_GMINA", "PL", "2601052", "Solec-Zdrój", null, null, null, 0));
    }

    @Test
    void projectsForeignRegistrationWithoutTercCode() {
        projection.on(new MunicipalityRegistered(new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02"),
                "Żytomierz", MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null,
                "UA18040190010079086"), 0);

        verify(views).save(new MunicipalityView("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a02", "Żytomierz",
                "FOREIGN_MUNICIPALITY", "UA", null, null, "UA18040190010079086", null, null, 0));
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.reset();

        verify(views).deleteAll();
    }
}
