package pl.zmp.tracker.console.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import pl.zmp.tracker.console.api.ApiProblemException;

import java.util.UUID;

/** A page whose data the API refused shows why, in the user's language, with the API's status. */
@ControllerAdvice
class ReadProblems {

    private final ProblemMessages problems;
    private final pl.zmp.tracker.console.ConsoleProperties properties;

    ReadProblems(ProblemMessages problems, pl.zmp.tracker.console.ConsoleProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @ExceptionHandler(ApiProblemException.class)
    ModelAndView refused(ApiProblemException e) {
        ModelAndView page = new ModelAndView("problem");
        page.addObject("message", problems.forRead(e.problem()));
        page.addObject("apiStatus", e.problem().status());
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(
                e.problem().status() >= 400 && e.problem().status() < 600 ? e.problem().status() : 502));
        return page;
    }

    /** The page's own address, for the reload link of a stale form. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** Where viewers find the live dashboard (query-service's page). */
    @ModelAttribute("dashboardUrl")
    String dashboardUrl() {
        return properties.dashboardUrl().toString();
    }

    /** A fresh Idempotency-Key for each form a page draws: one submission of it stores once. */
    @ModelAttribute("newKey")
    java.util.function.Supplier<String> newKey() {
        return () -> UUID.randomUUID().toString();
    }

}
