package pl.zmp.tracker.allinone;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.*;

/**
 * Accessibility of every console page and of the dashboard, checked in a real browser (Debian's headless Chromium)
 * with Deque's axe-core against WCAG 2.1 levels A and AA (contrast included), in Polish and in English, on a
 * 1440 px screen and a 390 px phone: no violation, nothing wider than the screen, no console error. Then a
 * coordinator who uses only the keyboard signs in and registers a project, seeing where the focus is at every
 * step.
 */
class ConsoleAccessibilityTest {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA, as axe tags them. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String SEEDED_PROJECT = "Przestrzeń dla partycypacji";

    @TempDir
    static Path dataDir;
    private static AllInOne tracker;
    private static Seeded seeded;

    /** Ids of seeded aggregates whose pages are checked. */
    private record Seeded(String projectId, String recruitmentId, String openRecruitmentId, String exhibitionId) {
    }

    /**
     * One page as a user reaches it: how to open it and what shows it is drawn. New pages are added to
     * {@link #signedInPages()}.
     */
    private record Page(String name, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        void open(ChromeDriver browser, WebDriverWait wait, String language);
    }

    @BeforeAll
    static void startTheTracker() {
        tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0");
        seeded = await("the seed in the read models").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(ConsoleAccessibilityTest::readSeeded, ids -> ids != null);
    }

    @AfterAll
    static void stopTheTracker() {
        tracker.close();
    }

    /** The pages of a signed-in user who holds every role, in the order a user meets them. */
    private static List<Page> signedInPages() {
        return List.of(
                new Page("the projects", (browser, wait, language) -> {
                    browser.get(consoleUrl("/projects"));
                    until(wait, "the seeded catalogue", driver -> driver.findElements(testId("project-row")).size() >= 11);
                }),
                new Page("the projects with a refusal at a field", (browser, wait, language) -> {
                    browser.get(consoleUrl("/projects"));
                    browser.findElement(testId("register-submit")).click();
                    until(wait, "the refusal at the title",
                            driver -> !driver.findElements(testId("register-title-error")).isEmpty());
                }),
                new Page("a project", (browser, wait, language) -> openProject(browser, wait)),
                new Page("a project's TERC suggestions", (browser, wait, language) -> {
                    openProject(browser, wait);
                    type(browser, "enrol-name", "warsz");
                    until(wait, "the TERC suggestions", driver -> !driver.findElements(testId("terc-choice")).isEmpty());
                }),
                new Page("a recruitment", (browser, wait, language) -> {
                    browser.get(consoleUrl("/recruitments/" + seeded.recruitmentId()));
                    until(wait, "the recruitment", driver -> !driver.findElements(testId("application-row")).isEmpty());
                }),
                new Page("an open recruitment", (browser, wait, language) -> {
                    browser.get(consoleUrl("/recruitments/" + seeded.openRecruitmentId()));
                    until(wait, "the open recruitment", driver -> !driver.findElements(testId("apply-form")).isEmpty());
                }),
                new Page("an exhibition", (browser, wait, language) -> {
                    browser.get(consoleUrl("/exhibitions/" + seeded.exhibitionId()));
                    until(wait, "the exhibition", driver -> !driver.findElements(testId("showing-row")).isEmpty());
                }),
                new Page("the municipalities", (browser, wait, language) -> {
                    browser.get(consoleUrl("/municipalities"));
                    until(wait, "the seeded municipalities", driver -> !driver.findElements(testId("municipality-row")).isEmpty());
                }),
                new Page("a municipality", (browser, wait, language) -> {
                    browser.get(consoleUrl("/municipalities"));
                    until(wait, "a municipality's link", driver -> !driver.findElements(testId("municipality-link")).isEmpty());
                    browser.findElement(testId("municipality-link")).click();
                    until(wait, "the municipality's page", driver -> !driver.findElements(testId("rename-form")).isEmpty());
                }),
                new Page("the administration", (browser, wait, language) -> {
                    browser.get(consoleUrl("/admin"));
                    until(wait, "the seed and rebuild actions", driver -> !driver.findElements(testId("seed-form")).isEmpty()
                            && !driver.findElements(testId("rebuild-state")).isEmpty());
                }),
                new Page("the figures", (browser, wait, language) -> {
                    browser.get(consoleUrl("/dashboard"));
                    until(wait, "the figures", driver -> !driver.findElements(testId("figures")).isEmpty());
                }),
                new Page("the figures as of a day", (browser, wait, language) -> {
                    browser.get(consoleUrl("/dashboard?asOf=2018-12-31"));
                    until(wait, "the projects then", driver -> !driver.findElements(testId("project-then")).isEmpty());
                }),
                new Page("a figure's lineage", (browser, wait, language) -> {
                    browser.get(consoleUrl("/lineage?figure=people-trained"));
                    until(wait, "the events behind people trained", driver -> !driver.findElements(testId("lineage-row")).isEmpty());
                }),
                new Page("the audit log", (browser, wait, language) -> {
                    browser.get(consoleUrl("/audit"));
                    until(wait, "the event log", driver -> !driver.findElements(testId("audit-row")).isEmpty());
                }),
                new Page("a timeline", (browser, wait, language) -> {
                    browser.get(consoleUrl("/audit/aggregates/" + seeded.projectId()));
                    until(wait, "the timeline", driver -> !driver.findElements(testId("timeline-row")).isEmpty());
                }),
                new Page("the verification", (browser, wait, language) -> {
                    browser.get(consoleUrl("/audit/verify"));
                    until(wait, "the verification", driver -> !driver.findElements(testId("verify-result")).isEmpty());
                }),
                new Page("the dashboard", (browser, wait, language) -> {
                    // the dashboard asks for its own sign-in: given once in the address, then kept by the browser
                    browser.get(DemoUsers.urlWithCredentials(DemoUsers.ADMIN, tracker.queryPort(), "/"));
                    browser.get("http://localhost:" + tracker.queryPort() + "/?lang=" + language);
                    until(wait, "the dashboard with the seed",
                            driver -> text(driver, "stat-projects").equals("11")
                                    && !driver.findElements(testId("calendar-row")).isEmpty()
                                    && language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
                }));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"pl, 1440", "pl, 390", "en, 1440", "en, 390"})
    void everyPageMeetsWcag21AaFitsTheScreenAndLogsNoError(String language, int width) throws Exception {
        ChromeDriver browser = Chromium.open(width, 1000, language);
        SoftAssertions softly = new SoftAssertions();
        try {
            WebDriverWait wait = waitFor(browser);
            browser.get(consoleUrl("/login?lang=" + language));
            until(wait, "the sign-in page", driver -> !driver.findElements(testId("login-username")).isEmpty());
            assertThat((String) ((JavascriptExecutor) browser).executeScript(
                    "return Intl.DateTimeFormat().resolvedOptions().locale;"))
                    .as("the browser's own language, in which it draws date inputs").startsWith(language);
            check(browser, "the sign-in page", language, softly);

            signIn(browser, wait, tracker.consolePort(), DemoUsers.ADMIN);
            for (Page page : signedInPages()) {
                page.opener().open(browser, wait, language);
                check(browser, page.name(), language, softly);
            }
        } finally {
            browser.quit();
        }
        softly.assertAll();
    }

    /** What every page must be: in the chosen language, free of WCAG 2.1 AA violations, as wide as the screen, quiet. */
    private static void check(ChromeDriver browser, String page, String language, SoftAssertions softly) {
        softly.assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .as("the language of %s", page).isEqualTo(language);
        // axe is injected and run through the driver, which the page's Content-Security-Policy does not govern
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        softly.assertThat(results.isErrored()).as("axe ran on %s: %s", page, results.getErrorMessage()).isFalse();
        softly.assertThat(results.getPasses()).as("rules axe found to pass on %s", page).isNotEmpty();
        softly.assertThat(results.getViolations().stream().map(ConsoleAccessibilityTest::describe).toList())
                .as("WCAG 2.1 AA violations on %s (%s)", page, language).isEmpty();
        softly.check(() -> assertNoHorizontalOverflow(browser, page));
        softly.check(() -> assertNoConsoleErrors(browser));
    }

    /**
     * The check sees what it is meant to: the same page with a field stripped of its label and a text too pale to
     * read fails it, the Content-Security-Policy notwithstanding.
     */
    @Test
    void theCheckFindsAMissingLabelAndTooLittleContrast() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000, "pl");
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, tracker.consolePort(), DemoUsers.COORDINATOR);
            browser.executeScript("document.querySelector('label[for=register-title]').remove();"
                    + "document.querySelector('h1').style.color = '#c9ced6';");
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
            assertThat(results.getViolations()).extracting(Rule::getId).contains("label", "color-contrast");
        } finally {
            browser.quit();
        }
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getHelp() + ") at " + violation.getNodes().stream()
                .map(node -> node.getTarget() + ": " + summary(node)).toList();
    }

    private static String summary(CheckedNode node) {
        return String.valueOf(node.getFailureSummary()).replace('\n', ' ');
    }

    /**
     * A coordinator without a mouse: signs in, skips the navigation, registers a project and records an indicator's
     * actual with Tab, Shift+Tab, Enter and Space only, and sees a focus indicator on everything the focus reaches.
     */
    @Test
    void aCoordinatorUsingOnlyTheKeyboardSignsInRegistersAProjectAndRecordsAnActual() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000, "pl");
        try {
            WebDriverWait wait = waitFor(browser);
            browser.get(consoleUrl("/login"));
            until(wait, "the sign-in page", driver -> !driver.findElements(testId("login-username")).isEmpty());

            tabTo(browser, "login-username");
            keys(browser, DemoUsers.COORDINATOR, Keys.TAB);
            assertFocusOn(browser, "login-password");
            keys(browser, DemoUsers.password(DemoUsers.COORDINATOR), Keys.ENTER);
            until(wait, "the signed-in console", driver -> !driver.findElements(testId("signed-in-user")).isEmpty());

            // the first Tab reaches the skip link, shown once focused; Enter moves on past the navigation
            keys(browser, Keys.TAB);
            WebElement skip = browser.switchTo().activeElement();
            assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
            assertThat(skip.getText()).isEqualTo("Przejdź do treści");
            assertThat(skip.getRect().getX()).as("the skip link is on screen when focused").isGreaterThanOrEqualTo(0);
            assertFocusVisible(browser);
            keys(browser, Keys.ENTER);
            keys(browser, Keys.TAB);
            assertFocusOn(browser, "status-filter");

            tabTo(browser, "register-title");
            keys(browser, "Klawiaturowe miasto", Keys.TAB);
            assertFocusOn(browser, "register-programme");
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertFocusOn(browser, "register-title");
            tabTo(browser, "register-submit");
            keys(browser, Keys.SPACE);
            until(wait, "the new project's page", driver -> !driver.findElements(testId("project-title")).isEmpty());
            assertThat(text(browser, "project-title")).isEqualTo("Klawiaturowe miasto");

            // define an indicator, then record its actual: the date typed as a Polish user types it (dd.mm.rrrr)
            tabTo(browser, "indicator-indicatorCode");
            keys(browser, "k1", Keys.TAB, "Miasta z klawiatury", Keys.TAB, "miast", Keys.TAB, "5", Keys.ENTER);
            until(wait, "the indicator defined", driver -> !driver.findElements(testId("actual-value-k1")).isEmpty());
            tabTo(browser, "actual-value-k1");
            keys(browser, "3", Keys.TAB);
            assertFocusOn(browser, "actual-asOf-k1");
            keys(browser, "02042026");
            assertThat(browser.findElement(testId("actual-asOf-k1")).getDomProperty("value"))
                    .as("the date typed day first, as a Polish user types it").isEqualTo("2026-04-02");
            tabTo(browser, "actual-source-k1");
            keys(browser, "Sprawozdanie", Keys.TAB);
            assertFocusOn(browser, "actual-submit-k1");
            keys(browser, Keys.ENTER);
            until(wait, "the actual recorded", driver -> driver.findElements(testId("indicator-latest")).stream()
                    .anyMatch(latest -> latest.getText().strip().equals("3")));
            assertThat(indicatorActual("k1")).as("the date recorded as typed").isEqualTo("2026-04-02");
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    /** Presses Tab until the focus is on the element {@code testId}, checking at each stop that the focus shows. */
    private static void tabTo(ChromeDriver browser, String testId) {
        for (int stop = 0; stop < 200; stop++) {
            keys(browser, Keys.TAB);
            assertFocusVisible(browser);
            if (testId.equals(browser.switchTo().activeElement().getDomAttribute("data-testid"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + testId);
    }

    private static void keys(WebDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void assertFocusOn(ChromeDriver browser, String testId) {
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-testid")).isEqualTo(testId);
        assertFocusVisible(browser);
    }

    /** The focused element is drawn with a focus indicator: an outline or a ring of shadow. */
    private static void assertFocusVisible(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) browser.executeScript(
                "const e = document.activeElement, s = getComputedStyle(e);"
                        + "return {element: e.outerHTML.slice(0, 120), outline: s.outlineStyle, outlineWidth: s.outlineWidth,"
                        + " shadow: s.boxShadow, focused: e !== document.body && e.matches(':focus, :focus-within')};");
        assertThat(focus.get("focused")).as("keyboard focus on %s", focus.get("element")).isEqualTo(true);
        boolean outlined = !"none".equals(focus.get("outline")) && !"0px".equals(focus.get("outlineWidth"));
        boolean ringed = !"none".equals(focus.get("shadow"));
        assertThat(outlined || ringed).as("a focus indicator on %s: %s", focus.get("element"), focus).isTrue();
    }

    private static void openProject(ChromeDriver browser, WebDriverWait wait) {
        browser.get(consoleUrl("/projects/" + seeded.projectId()));
        until(wait, "the project page", driver -> !driver.findElements(testId("project-title")).isEmpty());
    }

    private static String consoleUrl(String path) {
        return ConsoleBrowsing.consoleUrl(tracker.consolePort(), path);
    }

    /**
     * The seeded project with municipalities taking part, the recruitment with the most applications, an open one
     * and the exhibition with the most showings, so that their tables and forms are checked too; null until
     * projected.
     */
    private static Seeded readSeeded() throws Exception {
        JsonNode projects = query("/api/projects?size=50").path("items");
        String projectId = null;
        for (JsonNode project : projects) {
            if (SEEDED_PROJECT.equals(project.path("title").asText())) {
                projectId = project.path("id").asText();
            }
        }
        String recruitmentId = mostOf(query("/api/recruitments").path("items"), "applicants");
        JsonNode open = query("/api/recruitments?state=open").path("items");
        String exhibitionId = mostOf(query("/api/exhibitions").path("items"), "showings");
        return projectId == null || recruitmentId == null || open.isEmpty() || exhibitionId == null ? null
                : new Seeded(projectId, recruitmentId, open.get(0).path("id").asText(), exhibitionId);
    }

    /** The id of the item with the longest list {@code field}, if it has any. */
    private static String mostOf(JsonNode items, String field) {
        JsonNode most = null;
        for (JsonNode item : items) {
            if (most == null || item.path(field).size() > most.path(field).size()) {
                most = item;
            }
        }
        return most == null || most.path(field).isEmpty() ? null : most.path("id").asText();
    }

    /** The asOf date of the latest actual of an indicator of the project registered from the keyboard. */
    private static String indicatorActual(String indicatorCode) throws Exception {
        List<String> dates = new ArrayList<>();
        for (JsonNode project : query("/api/projects?size=50").path("items")) {
            if ("Klawiaturowe miasto".equals(project.path("title").asText())) {
                for (JsonNode indicator : query("/api/projects/" + project.path("id").asText()).path("indicators")) {
                    if (indicatorCode.equals(indicator.path("code").asText())) {
                        dates.add(indicator.path("latest").path("asOf").asText());
                    }
                }
            }
        }
        assertThat(dates).hasSize(1);
        return dates.get(0);
    }

    private static JsonNode query(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + tracker.queryPort() + path))
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.VIEWER)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
