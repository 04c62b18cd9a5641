package pl.zmp.tracker.allinone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.*;

/**
 * The console in a real browser (Debian's headless Chromium) against the whole system with the ZMP seed: each
 * coordinator workflow and each auditor view driven end to end, on a 1440 px screen and a 390 px phone, in
 * Polish and in English; what the user sees is checked (refusals at their fields, places left, the stale-version
 * notice, no horizontal overflow, no console errors, so nothing the Content-Security-Policy blocked). The
 * screenshots in the README are taken here (docs/console-*.png).
 */
class ConsolePageTest {


    @TempDir
    static Path dataDir;
    private static AllInOne tracker;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheTracker() {
        tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0");
    }

    @AfterAll
    static void stopTheTracker() {
        tracker.close();
    }

    @Test
    void coordinatorRegistersAProjectAndRunsItFromItsPageOnADesktopInPolish() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.ADMIN);
            until(wait, "the 11 seeded projects in the catalogue",
                    driver -> driver.findElements(testId("project-row")).size() == 11);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("pl");
            assertThat(((JavascriptExecutor) browser).executeScript("return typeof htmx;"))
                    .as("htmx loaded from the console's WebJar").isEqualTo("object");
            screenshot(browser, "console-projects.png");

            // register: a refusal at its field, in Polish, with nothing stored; then for real
            browser.findElement(testId("register-submit")).click();
            until(wait, "the refusal at the title", driver -> !driver.findElements(testId("register-title-error")).isEmpty());
            assertThat(text(browser, "register-title-error")).isEqualTo("Pole jest wymagane.");
            assertThat(browser.findElement(testId("register-title")).getDomAttribute("aria-invalid")).isEqualTo("true");
            type(browser, "register-title", "Miejskie laboratoria klimatyczne");
            type(browser, "register-programme", "Klimat");
            browser.findElement(testId("register-submit")).click();
            until(wait, "the new project's page", driver -> !driver.findElements(testId("project-title")).isEmpty());
            assertThat(text(browser, "project-title")).isEqualTo("Miejskie laboratoria klimatyczne");
            assertThat(text(browser, "saved")).isEqualTo("Zapisano.");
            assertThat(text(browser, "project-status")).isEqualTo("W przygotowaniu");
            String projectUrl = browser.getCurrentUrl().split("\\?")[0];
            String projectId = projectUrl.substring(projectUrl.lastIndexOf('/') + 1);

            // financing per currency, the computed rate, and a double submission that stores once
            recordFinancing(browser, wait, "TOTAL_VALUE", "100000", "PLN");
            submitTwiceAtOnce(browser, wait, "financing-form", Map.of("item", "GRANT", "amount.amount", "80000",
                    "amount.currency", "PLN"));
            browser.get(projectUrl);
            until(wait, "the computed rate of 80 %", driver -> text(driver, "computed-rate").equals("80.00 %")
                    || text(driver, "computed-rate").startsWith("80"));
            assertThat(auditEvents(projectId, "FinancingAmountRecorded")).as("the double submission stored once")
                    .isEqualTo(2);

            // change of status: the same status is refused at the status field; then a real move
            new Select(browser.findElement(testId("status-status"))).selectByValue("PIPELINE");
            browser.findElement(testId("status-submit")).click();
            until(wait, "the refusal at the status", driver -> !driver.findElements(testId("status-status-error")).isEmpty());
            assertThat(text(browser, "status-status-error"))
                    .isEqualTo("Z obecnego statusu nie można przejść do wybranego.");
            new Select(browser.findElement(testId("status-status"))).selectByValue("IMPLEMENTATION");
            type(browser, "status-reason", "Umowa podpisana");
            browser.findElement(testId("status-submit")).click();
            until(wait, "the project in implementation", driver -> text(driver, "project-status").equals("W realizacji"));

            // a partner registered inline, then added; a milestone planned and achieved, an indicator with an actual
            browser.findElement(testId("organisation-toggle")).click();
            type(browser, "organisation-name", "Fundacja Miasto Jutra");
            new Select(browser.findElement(testId("organisation-kind"))).selectByValue("FOUNDATION");
            type(browser, "organisation-country", "Polska");
            browser.findElement(testId("organisation-submit")).click();
            until(wait, "the refusal at the country", driver -> !driver.findElements(testId("organisation-country-error")).isEmpty());
            assertThat(text(browser, "organisation-country-error")).isEqualTo("Podaj dwuliterowy kod kraju, np. PL.");
            type(browser, "organisation-country", "PL");
            browser.findElement(testId("organisation-submit")).click();
            until(wait, "the new organisation to choose", driver -> new Select(driver.findElement(testId("partner-organisationId")))
                    .getOptions().stream().anyMatch(option -> option.getText().equals("Fundacja Miasto Jutra")));
            new Select(browser.findElement(testId("partner-organisationId"))).selectByVisibleText("Fundacja Miasto Jutra");
            browser.findElement(testId("partner-submit")).click();
            until(wait, "the partner listed", driver -> driver.findElements(testId("partner")).stream()
                    .anyMatch(partner -> partner.getText().equals("Fundacja Miasto Jutra · Partner")));

            type(browser, "milestone-milestoneCode", "m1");
            type(browser, "milestone-title", "Pierwsze warsztaty");
            typeDate(browser, "milestone-plannedOn", "2026-03-01");
            browser.findElement(testId("milestone-submit")).click();
            until(wait, "the milestone planned", driver -> !driver.findElements(testId("achieve-submit-m1")).isEmpty());
            typeDate(browser, "achieve-date-m1", "2026-03-02");
            browser.findElement(testId("achieve-submit-m1")).click();
            until(wait, "the milestone achieved", driver -> !driver.findElements(testId("milestone-achieved")).isEmpty());
            assertThat(text(browser, "milestone-achieved")).isEqualTo("2026-03-02");

            type(browser, "indicator-indicatorCode", "cities");
            type(browser, "indicator-name", "Miasta w sieci");
            type(browser, "indicator-unit", "miast");
            type(browser, "indicator-target", "10");
            browser.findElement(testId("indicator-submit")).click();
            until(wait, "the indicator defined", driver -> !driver.findElements(testId("actual-value-cities")).isEmpty());
            type(browser, "actual-value-cities", "4");
            typeDate(browser, "actual-asOf-cities", "2026-04-01");
            browser.findElement(testId("actual-submit-cities")).click();
            // the source is required: refused at it, in Polish
            until(wait, "the refusal at the source",
                    driver -> !driver.findElements(testId("actual-cities-source-error")).isEmpty());
            assertThat(text(browser, "actual-cities-source-error")).isEqualTo("Pole jest wymagane.");
            type(browser, "actual-value-cities", "4");
            typeDate(browser, "actual-asOf-cities", "2026-04-01");
            type(browser, "actual-source-cities", "Sprawozdanie kwartalne");
            browser.findElement(testId("actual-submit-cities")).click();
            until(wait, "the actual recorded", driver -> text(driver, "indicator-latest").equals("4"));

            // enrol a municipality by typing its name without diacritics: suggestions from the TERC register
            type(browser, "enrol-name", "solec zdroj");
            until(wait, "the TERC suggestions", driver -> driver.findElements(testId("terc-choice")).stream()
                    .anyMatch(choice -> "2601052".equals(choice.getDomAttribute("data-code"))));
            browser.findElements(testId("terc-choice")).stream()
                    .filter(choice -> "2601052".equals(choice.getDomAttribute("data-code"))).findFirst().orElseThrow()
                    .click();
            assertThat(browser.findElement(testId("enrol-tercCode")).getDomProperty("value")).isEqualTo("2601052");
            assertThat(browser.findElement(testId("enrol-name")).getDomProperty("value")).isEqualTo("Solec-Zdrój");
            browser.findElement(testId("enrol-submit")).click();
            // the seed knows this code already (as "Sołec Zdrój", the source's spelling): that municipality is
            // enrolled, not a second one registered
            until(wait, "the municipality enrolled", driver -> !driver.findElements(testId("participant")).isEmpty());
            assertThat(texts(browser, "participant")).containsExactly("Sołec Zdrój · Uczestnik");
            // a name that contradicts the chosen code is warned about, and sent only once confirmed
            type(browser, "enrol-name", "Kraków");
            type(browser, "enrol-tercCode", "2601052");
            new Select(browser.findElement(testId("enrol-role"))).selectByValue("TRAINING_HOST");
            browser.findElement(testId("enrol-submit")).click();
            until(wait, "the warning at the name", driver -> !driver.findElements(testId("enrol-name-error")).isEmpty());
            assertThat(text(browser, "enrol-name-error")).startsWith("Nazwa nie pasuje do wybranego kodu TERC");
            assertThat(browser.findElements(testId("participant"))).hasSize(1);
            new Select(browser.findElement(testId("enrol-role"))).selectByValue("TRAINING_HOST");
            browser.findElement(testId("enrol-confirm")).click();
            browser.findElement(testId("enrol-submit")).click();
            until(wait, "the confirmed enrolment", driver -> driver.findElements(testId("participant")).size() == 2);
            screenshot(browser, "console-project.png");

            // lineage: one click from the total value lists the events that produced it
            browser.findElement(testId("lineage-total-value")).click();
            until(wait, "the lineage of the total value", driver -> !driver.findElements(testId("lineage")).isEmpty());
            assertThat(texts(browser, "lineage-event-type")).as("the total value's statement, not the grant's")
                    .containsExactly("FinancingAmountRecorded");
            assertThat(texts(browser, "lineage-contribution")).containsExactly("100000.00 PLN");
            assertThat(texts(browser, "lineage-actor")).as("the actor is the signed-in user").containsOnly("admin");
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void coordinatorRunsARecruitmentWithPlacesLeftShownOnAPhoneInEnglish() throws Exception {
        ChromeDriver browser = Chromium.open(PHONE, 844);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            switchToEnglish(browser, wait);
            until(wait, "the seeded catalogue", driver -> driver.findElements(testId("project-row")).size() >= 11);
            assertNoHorizontalOverflow(browser, "the catalogue");
            browser.findElements(testId("project-link")).get(0).click();
            until(wait, "a project page", driver -> !driver.findElements(testId("project-title")).isEmpty());
            assertNoHorizontalOverflow(browser, "a project page");

            type(browser, "recruitment-title", "Nabór testowy");
            type(browser, "recruitment-round", "7");
            type(browser, "recruitment-places", "1");
            browser.findElement(testId("recruitment-submit")).click();
            until(wait, "the recruitment page", driver -> !driver.findElements(testId("places-left")).isEmpty());
            assertThat(text(browser, "recruitment-title")).isEqualTo("Nabór testowy");
            assertThat(text(browser, "places-left")).isEqualTo("1 / 1");
            assertThat(text(browser, "saved")).isEqualTo("Saved.");

            Select municipalities = new Select(browser.findElement(testId("apply-municipalityId")));
            assertThat(municipalities.getOptions()).hasSizeGreaterThanOrEqualTo(2);
            municipalities.selectByIndex(0);
            browser.findElement(testId("apply-submit")).click();
            until(wait, "one application", driver -> driver.findElements(testId("application-row")).size() == 1);
            new Select(browser.findElement(testId("apply-municipalityId"))).selectByIndex(1);
            browser.findElement(testId("apply-submit")).click();
            until(wait, "two applications", driver -> driver.findElements(testId("application-row")).size() == 2);
            // the same municipality again: refused at its field, in English
            new Select(browser.findElement(testId("apply-municipalityId"))).selectByIndex(1);
            browser.findElement(testId("apply-submit")).click();
            until(wait, "the refusal at the municipality",
                    driver -> !driver.findElements(testId("apply-municipalityId-error")).isEmpty());
            assertThat(text(browser, "apply-municipalityId-error")).isEqualTo("This municipality has applied already.");

            browser.findElements(testId("accept")).get(0).click();
            until(wait, "no place left", driver -> text(driver, "places-left").equals("0 / 1"));
            browser.findElement(testId("accept")).click();
            until(wait, "the refusal: no places left",
                    driver -> driver.findElements(By.cssSelector(".form-error")).stream()
                            .anyMatch(error -> error.getText().equals("No places are left.")));
            type(browser, "reject-reason", "Brak miejsc");
            browser.findElement(testId("reject")).click();
            until(wait, "the counts", driver -> text(driver, "recruitment-counts")
                    .equals("submitted: 2, accepted: 1, rejected: 1"));
            assertNoHorizontalOverflow(browser, "the recruitment page");
            screenshot(browser, "console-phone-recruitment.png");

            browser.findElement(testId("close-submit")).click();
            until(wait, "the recruitment closed", driver -> text(driver, "recruitment-state").equals("closed"));
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void coordinatorRunsAnExhibitionAndRecordsTrainingsAndPublicationsOnADesktopInEnglish() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            switchToEnglish(browser, wait);
            until(wait, "the seeded catalogue", driver -> driver.findElements(testId("project-row")).size() >= 11);
            // a seeded project with municipalities taking part, so that a training can name one
            browser.findElements(testId("project-link")).stream()
                    .filter(link -> link.getText().equals("Przestrzeń dla partycypacji")).findFirst().orElseThrow().click();
            until(wait, "a project page", driver -> !driver.findElements(testId("exhibition-form")).isEmpty());
            String projectUrl = browser.getCurrentUrl().split("[?#]")[0];

            type(browser, "publication-series", "Biuletyn");
            type(browser, "publication-issueNumber", "12");
            type(browser, "publication-title", "Numer o klimacie");
            typeDate(browser, "publication-publishedOn", "2026-05-01");
            browser.findElement(testId("publication-submit")).click();
            until(wait, "the publication listed", driver -> driver.findElements(testId("publication")).stream()
                    .anyMatch(publication -> publication.getText().equals("Biuletyn nr 12 · Numer o klimacie")));

            type(browser, "training-trainingCode", "t-climate");
            new Select(browser.findElement(testId("training-municipalityId"))).selectByIndex(1);
            typeDate(browser, "training-heldOn", "2026-05-02");
            type(browser, "training-attendees", "25");
            type(browser, "training-topic", "Adaptacja do zmian klimatu");
            browser.findElement(testId("training-submit")).click();
            until(wait, "the training listed", driver -> driver.findElements(testId("training")).stream()
                    .anyMatch(training -> training.getText().contains("Adaptacja do zmian klimatu")));

            type(browser, "exhibition-title", "Miasta w zmianie");
            browser.findElement(testId("exhibition-submit")).click();
            until(wait, "the exhibition page", driver -> !driver.findElements(testId("showing-form")).isEmpty());
            assertThat(text(browser, "exhibition-title")).isEqualTo("Miasta w zmianie");
            recordShowing(browser, wait, "s1", "2026-06-01", "2026-06-30");
            // the same venue at overlapping dates: the double booking is shown at the venue
            type(browser, "showing-showingCode", "s2");
            type(browser, "showing-venueName", "Ratusz");
            type(browser, "showing-city", "Poznań");
            type(browser, "showing-country", "PL");
            typeDate(browser, "showing-period.from", "2026-06-15");
            typeDate(browser, "showing-period.to", "2026-07-15");
            browser.findElement(testId("showing-submit")).click();
            until(wait, "the double booking at the venue",
                    driver -> !driver.findElements(testId("showing-venueName-error")).isEmpty());
            assertThat(text(browser, "showing-venueName-error")).isEqualTo("The venue hosts another showing at that time.");
            assertThat(browser.findElement(testId("showing-showingCode")).getDomProperty("value"))
                    .as("the input is kept").isEqualTo("s2");
            typeDate(browser, "showing-period.from", "2026-07-01");
            browser.findElement(testId("showing-submit")).click();
            until(wait, "two showings", driver -> driver.findElements(testId("showing-row")).size() == 2);

            typeDate(browser, "reschedule-from-s1", "2026-05-01");
            typeDate(browser, "reschedule-to-s1", "2026-05-31");
            browser.findElement(testId("reschedule-submit-s1")).click();
            until(wait, "s1 rescheduled", driver -> driver.findElements(testId("showing-row")).stream()
                    .anyMatch(row -> "s1".equals(row.getDomAttribute("data-code"))
                            && row.findElement(testId("showing-period")).getText().equals("2026-05-01 – 2026-05-31")));
            type(browser, "cancel-reason-s2", "Remont ratusza");
            browser.findElement(testId("cancel-submit-s2")).click();
            until(wait, "s2 cancelled", driver -> !driver.findElements(testId("showing-cancelled")).isEmpty());

            browser.get(projectUrl);
            until(wait, "the exhibition on the project page", driver -> driver.findElements(testId("exhibition-link"))
                    .stream().anyMatch(link -> link.getText().equals("Miasta w zmianie")));
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    private static void recordShowing(WebDriver browser, WebDriverWait wait, String code, String from, String to) {
        type(browser, "showing-showingCode", code);
        type(browser, "showing-venueName", "Ratusz");
        type(browser, "showing-city", "Poznań");
        type(browser, "showing-country", "PL");
        typeDate(browser, "showing-period.from", from);
        typeDate(browser, "showing-period.to", to);
        browser.findElement(testId("showing-submit")).click();
        until(wait, "the showing " + code, driver -> driver.findElements(testId("showing-row")).stream()
                .anyMatch(row -> code.equals(row.getDomAttribute("data-code"))));
    }

    @Test
    void aStaleVersionSaysSomeoneElseChangedItAndOffersToReload() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            until(wait, "the seeded catalogue", driver -> driver.findElements(testId("project-row")).size() >= 11);
            browser.findElements(testId("project-link")).get(1).click();
            until(wait, "a project page", driver -> !driver.findElements(testId("status-form")).isEmpty());
            String projectUrl = browser.getCurrentUrl().split("[?#]")[0];
            String projectId = projectUrl.substring(projectUrl.lastIndexOf('/') + 1);

            // someone else changes the project after the page was drawn
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                    + tracker.commandPort() + "/api/projects/" + projectId + "/milestones"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"milestoneCode\":\"other\",\"title\":\"Zmiana kogoś innego\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);

            new Select(browser.findElement(testId("status-status"))).selectByValue("CANCELLED");
            browser.findElement(testId("status-submit")).click();
            until(wait, "the stale-version notice", driver -> !driver.findElements(testId("stale")).isEmpty());
            assertThat(text(browser, "stale")).startsWith("Ktoś inny zmienił te dane");
            browser.findElement(testId("reload")).click();
            until(wait, "the page as it is now", driver -> driver.findElements(testId("milestone-row")).stream()
                    .anyMatch(row -> "other".equals(row.getDomAttribute("data-code"))));
            assertThat(text(browser, "project-status")).isNotEqualTo("Anulowany");
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void auditorReadsTheLogTimelinesStatesDiffsVerifiesSealsAndExports() throws Exception {
        for (int width : new int[] {DESKTOP, PHONE}) {
            ChromeDriver browser = Chromium.open(width, 1000);
            try {
                WebDriverWait wait = waitFor(browser);
                signIn(browser, wait, DemoUsers.AUDITOR);
                browser.findElement(testId("nav-audit")).click();
                until(wait, "the event log", driver -> !driver.findElements(testId("audit-row")).isEmpty());
                if (width == PHONE) {
                    assertNoHorizontalOverflow(browser, "the event log");
                }

                new Select(browser.findElement(testId("filter-aggregateType"))).selectByValue("project");
                type(browser, "filter-eventType", "ProjectRegistered");
                browser.findElement(testId("filter-submit")).click();
                until(wait, "only registrations of projects", driver -> !driver.findElements(testId("audit-row")).isEmpty()
                        && texts(driver, "audit-event-type").stream().allMatch("ProjectRegistered"::equals));
                browser.findElements(testId("audit-aggregate-link")).get(0).click();
                until(wait, "the timeline", driver -> !driver.findElements(testId("timeline-row")).isEmpty());
                assertThat(texts(browser, "timeline-event-type")).first().isEqualTo("ProjectRegistered");
                assertThat(texts(browser, "timeline-version")).first().isEqualTo("0");

                type(browser, "state-version", "0");
                browser.findElement(testId("state-submit")).click();
                until(wait, "the state at version 0", driver -> !driver.findElements(testId("state")).isEmpty());
                assertThat(text(browser, "state")).contains("PIPELINE");

                int versions = browser.findElements(testId("timeline-row")).size();
                if (versions > 1) {
                    type(browser, "diff-from", "0");
                    type(browser, "diff-to", String.valueOf(versions - 1));
                    browser.findElement(testId("diff-submit")).click();
                    until(wait, "the differences", driver -> !driver.findElements(testId("diff-row")).isEmpty());
                }
                if (width == PHONE) {
                    assertNoHorizontalOverflow(browser, "a timeline");
                } else {
                    screenshot(browser, "console-audit-timeline.png");
                }

                browser.get(consoleUrl("/audit/verify"));
                until(wait, "the verification", driver -> !driver.findElements(testId("verify-result")).isEmpty());
                assertThat(browser.findElement(testId("verify-result")).getDomAttribute("data-valid")).isEqualTo("true");
                assertThat(text(browser, "verify-result")).isEqualTo("Łańcuch skrótów jest nienaruszony.");
                browser.findElement(testId("seal-submit")).click();
                until(wait, "the seal's result", driver -> !driver.findElements(testId("seal-result")).isEmpty());

                String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch('/audit/export?format=csv&aggregateType=project').then(r => r.text()).then(done);");
                assertThat(csv.lines().findFirst().orElse("")).contains("globalPosition");
                assertThat(csv.lines().count()).isGreaterThan(11);
                assertNoConsoleErrors(browser);
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aViewerReadsButIsRefusedCommandsAndAWrongPasswordIsRefused() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            browser.get(consoleUrl("/login"));
            type(browser, "login-username", DemoUsers.VIEWER);
            type(browser, "login-password", "not-the-password");
            browser.findElement(testId("login-submit")).click();
            until(wait, "the refusal", driver -> !driver.findElements(testId("login-error")).isEmpty());

            signIn(browser, wait, DemoUsers.VIEWER);
            assertThat(browser.findElements(testId("nav-audit"))).as("no audit for a viewer").isEmpty();
            type(browser, "register-title", "Projekt widza");
            browser.findElement(testId("register-submit")).click();
            until(wait, "the refusal of the command", driver -> !driver.findElements(testId("register-error")).isEmpty());
            assertThat(text(browser, "register-error")).isEqualTo("Twoje konto nie ma uprawnień do tej czynności.");
            browser.get(consoleUrl("/audit"));
            assertThat(browser.getPageSource()).doesNotContain("audit-row");
        } finally {
            browser.quit();
        }
    }

    /** A request the console answers has the headers that keep a browser safe. */
    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutUnsafeInline() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(consoleUrl("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.body()).contains("name=\"_csrf\"");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(consoleUrl("/projects"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("signed out: sent to sign in").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(URI.create(consoleUrl("/c/projects")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("title=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("a form without its CSRF token").isEqualTo(403);
    }

    private void recordFinancing(WebDriver browser, WebDriverWait wait, String item, String amount, String currency) {
        new Select(browser.findElement(testId("financing-item"))).selectByValue(item);
        type(browser, "financing-amount.amount", amount);
        new Select(browser.findElement(testId("financing-amount.currency"))).selectByValue(currency);
        browser.findElement(testId("financing-submit")).click();
        until(wait, "the figure " + item, driver -> driver.findElements(testId("financing-row")).stream()
                .anyMatch(row -> item.equals(row.getDomAttribute("data-item"))));
    }

    private long auditEvents(String projectId, String eventType) throws IOException, InterruptedException {
        return new TrackerCalls(tracker).auditEvents(projectId, eventType);
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String user) {
        ConsoleBrowsing.signIn(browser, wait, tracker.consolePort(), user);
    }

    private static String consoleUrl(String path) {
        return ConsoleBrowsing.consoleUrl(tracker.consolePort(), path);
    }
}
