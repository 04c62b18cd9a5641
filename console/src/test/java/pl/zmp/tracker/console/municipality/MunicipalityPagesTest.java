package pl.zmp.tracker.console.municipality;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import pl.zmp.tracker.console.api.TrackerApi;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The municipalities' pages: what they read from the query API. */
class MunicipalityPagesTest {

    private static final String ID = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01";

    private final TrackerApi api = mock(TrackerApi.class);
    private final MockMvc page = MockMvcBuilders.standaloneSetup(new MunicipalityPages(api))
            // views are not drawn here: only which one, with what
            .setViewResolvers((name, locale) -> (model, request, response) -> { }).build();

    @Test
    void theListIsSearchedWithWhatWasTypedEncoded() throws Exception {
        when(api.page("/api/municipalities?page=0&size=50&q=%C5%82%C3%B3d%C5%BA", null)).thenReturn(Map.of());

        page.perform(get("/municipalities").param("q", "  łódź "))
                .andExpect(view().name("municipalities"))
                .andExpect(model().attribute("q", "łódź"));
        verify(api).page("/api/municipalities?page=0&size=50&q=%C5%82%C3%B3d%C5%BA", null);
    }

    @Test
    void aSearchIsAtMostWhatTheQueryApiTakes() {
        assertThat(MunicipalityPages.search("   ")).isNull();
        assertThat(MunicipalityPages.search(null)).isNull();
        assertThat(MunicipalityPages.search("x".repeat(250))).hasSize(200);
    }

    @Test
    void aMunicipalitysPageReadsItAndItsPortfolioAtTheWrittenPosition() throws Exception {
        Map<String, Object> municipality = Map.of("id", ID, "name", "Opole", "version", 3);
        when(api.read("/api/municipalities/" + ID, 42L)).thenReturn(municipality);
        when(api.read("/api/municipalities/" + ID + "/portfolio", 42L)).thenReturn(Map.of());

        page.perform(get("/municipalities/" + ID).param("at", "42"))
                .andExpect(view().name("municipality"))
                .andExpect(model().attribute("municipality", municipality))
                .andExpect(model().attribute("kinds", MunicipalityPages.KINDS));
    }

    @Test
    void anAddressThatIsNoIdReachesNoApi() throws Exception {
        page.perform(get("/municipalities/..%2Fadmin")).andExpect(status().isNotFound());
        page.perform(get("/municipalities/" + ID.toUpperCase())).andExpect(status().isNotFound());
        verifyNoInteractions(api);
    }
}
