package pl.zmp.tracker.console.admin;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import pl.zmp.tracker.console.api.ApiProblem;
import pl.zmp.tracker.console.api.ApiProblemException;
import pl.zmp.tracker.console.api.TrackerApi;
import pl.zmp.tracker.console.web.FormProblem;
import pl.zmp.tracker.console.web.ProblemMessages;

import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The admin's page: what it sends to which API, and where the answer or the refusal is shown. */
class AdminPagesTest {

    private final TrackerApi api = mock(TrackerApi.class);
    private final ProblemMessages problems = mock(ProblemMessages.class);
    private final MockMvc page = MockMvcBuilders.standaloneSetup(new AdminPages(api, problems))
            // views are not drawn here: only which one, with what
            .setViewResolvers((name, locale) -> (model, request, response) -> { }).build();

    @Test
    void loadingTheSeedShowsItsReportAtTheSeedForm() throws Exception {
        Map<String, Object> report = Map.of("commands", 250, "eventsAppended", 0);
        when(api.postCommandSide("/api/admin/seed")).thenReturn(report);

        page.perform(post("/admin/seed"))
                .andExpect(view().name("redirect:/admin#seed"))
                .andExpect(flash().attribute("seedReport", report))
                .andExpect(flash().attribute("saved", "seed"));
    }

    @Test
    void aRefusedSeedIsShownAtTheSeedForm() throws Exception {
        ApiProblem forbidden = new ApiProblem(403, null, "Forbidden", List.of());
        FormProblem shown = new FormProblem("seed", Map.of(), "no", false, 403, null, Map.of());
        when(api.postCommandSide("/api/admin/seed")).thenThrow(new ApiProblemException(forbidden));
        when(problems.describe("seed", forbidden, Map.of())).thenReturn(shown);

        page.perform(post("/admin/seed"))
                .andExpect(view().name("redirect:/admin#seed"))
                .andExpect(flash().attribute("problem", shown))
                .andExpect(flash().attributeCount(1));
    }

    @Test
    void aRebuildIsStartedOnTheQuerySideAndShownAtItsRow() throws Exception {
        page.perform(post("/admin/rebuilds/projects"))
                .andExpect(view().name("redirect:/admin#rebuild-projects"))
                .andExpect(flash().attribute("saved", "rebuild-projects"));
        verify(api).postQuerySide("/api/admin/rebuilds/projects");
    }

    @Test
    void aRebuildAlreadyRunningIsRefusedAtItsRow() throws Exception {
        ApiProblem running = new ApiProblem(409, "REBUILD_RUNNING", "running", List.of());
        FormProblem shown = new FormProblem("rebuild-projects", Map.of(), "running", false, 409, "REBUILD_RUNNING",
                Map.of());
        when(api.postQuerySide("/api/admin/rebuilds/projects")).thenThrow(new ApiProblemException(running));
        when(problems.describe(eq("rebuild-projects"), eq(running), any())).thenReturn(shown);

        page.perform(post("/admin/rebuilds/projects"))
                .andExpect(view().name("redirect:/admin#rebuild-projects"))
                .andExpect(flash().attribute("problem", shown));
    }

    @Test
    void aModelNameThatIsNoNameReachesNoApi() throws Exception {
        page.perform(post("/admin/rebuilds/Projects;drop")).andExpect(status().isNotFound());
        page.perform(get("/admin/rebuilds/a%2Fb")).andExpect(status().isNotFound());
        verifyNoInteractions(api);
    }

    @Test
    void theProgressOfOneRebuildIsDrawnAsItsRow() throws Exception {
        Map<String, Object> progress = Map.of("model", "projects", "state", "RUNNING", "percent", 40.0);
        when(api.read("/api/admin/rebuilds/projects", null)).thenReturn(progress);

        page.perform(get("/admin/rebuilds/projects"))
                .andExpect(view().name("admin :: rebuild"))
                .andExpect(model().attribute("r", progress));
    }
}
