package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.*;

/**
 * The coordinator's forms the console added for every command of the command API, in headless Chromium against the
 * whole system with the seed: withdrawals, budget lines and the declared rate on a project; a municipality's page
 * (register by TERC code, rename, codes, membership); a recruitment's deadline and late applications; the admin's
 * seed and read-model rebuild. Each is checked as the user sees it (the new row, the refusal at its field in Polish
 * or English, the input kept, the stale notice after someone else's change, no horizontal overflow, no console
 * errors) and in the event store (the audit export) or the query API.
 */
class ConsoleCoordinatorFormsTest {

    /** ZMP itself, an organisation of the seed. */
    private static final String ZMP = "6cede877-91d0-3897-a958-867406b78468";
    private static final String WARSZAWA_TERC = "1465011";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @TempDir
    static Path dataDir;
    private static AllInOne tracker;
    private static TrackerCalls calls;

    @BeforeAll
    static void startTheTracker() {
        tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0");
        calls = new TrackerCalls(tracker);
    }

    @AfterAll
    static void stopTheTracker() {
        tracker.close();
    }

    @Test
    void coordinatorKeepsBudgetLinesAndTheDeclaredRateAndWithdrawsPartnersAndMunicipalitiesOnADesktopInPolish()
            throws Exception {
        String projectId = registerProject("Formularze: wycofania i budżet");
        calls.command("/api/projects/" + projectId + "/partners", Map.of("organisationId", ZMP, "role", "PARTNER"));
        String warszawa = municipalityWithTercCode(WARSZAWA_TERC);
        calls.command("/api/projects/" + projectId + "/participants",
                Map.of("municipalityId", warszawa, "role", "PARTICIPATING_PLACE"));
        calls.command("/api/projects/" + projectId + "/milestones", Map.of("milestoneCode", "m1", "title", "Warsztaty"));
        long drawnAt = calls.command("/api/projects/" + projectId + "/indicators", Map.of("indicatorCode", "cities",
                "name", "Miasta w sieci", "unit", "miast", "target", 10)).path("globalPosition").asLong();

        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            browser.get(consoleUrl("/projects/" + projectId + "?at=" + drawnAt));
            until(wait, "the project page", driver -> !driver.findElements(testId("budget-form")).isEmpty());

            // a budget line: a year out of range is refused at the year, in Polish, the rest kept; then stored
            type(browser, "budget-year", "1980");
            type(browser, "budget-label", "Koszt projektu w roku 2026");
            type(browser, "budget-amount.amount", "120000");
            browser.findElement(testId("budget-submit")).click();
            until(wait, "the refusal at the year", driver -> !driver.findElements(testId("budget-year-error")).isEmpty());
            assertThat(text(browser, "budget-year-error")).isEqualTo("Rok musi mieścić się w przedziale 1990–2100.");
            assertThat(browser.findElement(testId("budget-year")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(value(browser, "budget-label")).as("the input is kept").isEqualTo("Koszt projektu w roku 2026");
            assertThat(value(browser, "budget-amount.amount")).isEqualTo("120000");
            type(browser, "budget-year", "2026");
            browser.findElement(testId("budget-submit")).click();
            until(wait, "the budget line", driver -> !driver.findElements(testId("budget-row")).isEmpty());
            assertThat(browser.findElement(testId("budget-row")).getDomAttribute("data-year")).isEqualTo("2026");
            assertThat(text(browser, "budget-label")).isEqualTo("Koszt projektu w roku 2026");
            assertThat(text(browser, "budget-amount").replaceAll("\\s", " ")).isEqualTo("120 000,00 PLN");
            assertThat(text(browser, "saved")).isEqualTo("Zapisano.");

            // the declared co-financing rate: above 100 % is refused at the rate; then declared
            type(browser, "rate-ratePercent", "120");
            browser.findElement(testId("rate-submit")).click();
            until(wait, "the refusal at the rate", driver -> !driver.findElements(testId("rate-ratePercent-error")).isEmpty());
            assertThat(text(browser, "rate-ratePercent-error")).isEqualTo("Najwyżej 100.");
            type(browser, "rate-ratePercent", "80");
            type(browser, "rate-note", "Umowa o dofinansowanie");
            browser.findElement(testId("rate-submit")).click();
            until(wait, "the declared rate", driver -> !driver.findElements(testId("declared-rate")).isEmpty());
            assertThat(text(browser, "declared-rate")).startsWith("80").endsWith("%");

            // a row form refused keeps what was typed: the actual's value and date stay when its source is missing
            type(browser, "actual-value-cities", "4");
            typeDate(browser, "actual-asOf-cities", "2026-04-01");
            browser.findElement(testId("actual-submit-cities")).click();
            until(wait, "the refusal at the source", driver -> !driver.findElements(testId("actual-cities-source-error")).isEmpty());
            assertThat(value(browser, "actual-value-cities")).isEqualTo("4");
            assertThat(value(browser, "actual-asOf-cities")).isEqualTo("2026-04-01");

            // someone else changes the project after the page was drawn: the row form says so and keeps its date
            calls.command("/api/projects/" + projectId + "/milestones", Map.of("milestoneCode", "other",
                    "title", "Zmiana kogoś innego"));
            typeDate(browser, "achieve-date-m1", "2026-03-02");
            browser.findElement(testId("achieve-submit-m1")).click();
            until(wait, "the stale-version notice", driver -> !driver.findElements(testId("stale")).isEmpty());
            assertThat(text(browser, "stale")).startsWith("Ktoś inny zmienił te dane");
            assertThat(value(browser, "achieve-date-m1")).as("the input is kept").isEqualTo("2026-03-02");
            reload(browser, wait, driver -> driver.findElements(testId("milestone-row")).stream()
                    .anyMatch(row -> "other".equals(row.getDomAttribute("data-code"))));

            // withdraw the partner, with the reason
            String partnerForm = "withdraw-partner-" + ZMP + "-PARTNER";
            type(browser, partnerForm + "-reason", "Koniec współpracy");
            browser.findElement(testId(partnerForm + "-submit")).click();
            until(wait, "no partner left", driver -> driver.findElements(testId("partner-row")).isEmpty());

            // the enrolled municipality links to its page
            assertThat(texts(browser, "participant")).containsExactly(
                    municipalityName(warszawa) + " · Uczestnik");
            browser.findElement(testId("participant-link")).click();
            until(wait, "the municipality's page", driver -> !driver.findElements(testId("municipality-title")).isEmpty());
            assertThat(text(browser, "municipality-tercCode")).isEqualTo(WARSZAWA_TERC);
            browser.navigate().back();
            until(wait, "the project page again", driver -> !driver.findElements(testId("participant-row")).isEmpty());

            // withdraw the municipality
            String participantForm = "withdraw-participant-" + warszawa + "-PARTICIPATING_PLACE";
            type(browser, participantForm + "-reason", "Rada miasta wycofała się");
            browser.findElement(testId(participantForm + "-submit")).click();
            until(wait, "no municipality left", driver -> driver.findElements(testId("participant-row")).isEmpty());
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        assertThat(calls.auditEvents(projectId, "BudgetLineAdded")).isEqualTo(1);
        assertThat(calls.auditEvents(projectId, "CoFinancingRateDeclared")).isEqualTo(1);
        assertThat(calls.auditEvents(projectId, "IndicatorActualRecorded")).as("the refused actual").isZero();
        assertThat(calls.auditEvents(projectId, "MilestoneAchieved")).as("the stale achievement").isZero();
        assertThat(calls.auditEvents(projectId, "PartnerWithdrawn")).isEqualTo(1);
        assertThat(calls.auditEvents(projectId, "MunicipalityWithdrawn")).isEqualTo(1);
        assertThat(calls.auditExport(projectId, "MunicipalityWithdrawn")).contains("Rada miasta wycofała się");
    }

    @Test
    void coordinatorRegistersAMunicipalityByItsTercCodeAndKeepsItsNameCodesAndMembershipOnAPhoneInEnglish()
            throws Exception {
        ChromeDriver browser = Chromium.open(PHONE, 844);
        String municipalityId;
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            inEnglish(browser, wait);
            browser.findElement(testId("nav-municipalities")).click();
            until(wait, "the municipalities", driver -> !driver.findElements(testId("municipality-row")).isEmpty());
            assertNoHorizontalOverflow(browser, "the municipalities");
            type(browser, "municipality-search", "warsz");
            browser.findElement(testId("municipality-search-submit")).click();
            until(wait, "Warsaw found", driver -> driver.findElements(testId("municipality-row")).stream()
                    .allMatch(row -> WARSZAWA_TERC.equals(row.getDomAttribute("data-terc"))));

            // a name the register does not give for the code: refused at the name, the code kept
            type(browser, "municipality-name", "Nysa");
            type(browser, "municipality-tercCode", "1610044");
            browser.findElement(testId("municipality-submit")).click();
            until(wait, "the refusal at the name", driver -> !driver.findElements(testId("municipality-name-error")).isEmpty());
            assertThat(text(browser, "municipality-name-error")).startsWith("The TERC register gives another name");
            assertThat(value(browser, "municipality-tercCode")).isEqualTo("1610044");

            // the name typed without diacritics, the code chosen from the register's suggestions
            type(browser, "municipality-name", "opole");
            until(wait, "the TERC suggestions", driver -> driver.findElements(testId("terc-choice")).stream()
                    .anyMatch(choice -> "1661011".equals(choice.getDomAttribute("data-code"))));
            browser.findElements(testId("terc-choice")).stream()
                    .filter(choice -> "1661011".equals(choice.getDomAttribute("data-code"))).findFirst().orElseThrow()
                    .click();
            assertThat(value(browser, "municipality-tercCode")).isEqualTo("1661011");
            browser.findElement(testId("municipality-submit")).click();
            until(wait, "the new municipality's page", driver -> !driver.findElements(testId("municipality-title")).isEmpty());
            assertThat(text(browser, "municipality-title")).isEqualTo("Opole");
            assertThat(text(browser, "saved")).isEqualTo("Saved.");
            assertThat(text(browser, "municipality-kind")).isEqualTo("city");
            String url = browser.getCurrentUrl().split("[?#]")[0];
            municipalityId = url.substring(url.lastIndexOf('/') + 1);
            assertNoHorizontalOverflow(browser, "a municipality's page");

            // rename: a blank name is refused at the name; then renamed
            type(browser, "rename-name", " ");
            browser.findElement(testId("rename-submit")).click();
            until(wait, "the refusal at the name", driver -> !driver.findElements(testId("rename-name-error")).isEmpty());
            assertThat(text(browser, "rename-name-error")).isEqualTo("This field is required.");
            type(browser, "rename-name", "Miasto Opole");
            browser.findElement(testId("rename-submit")).click();
            until(wait, "the new name", driver -> text(driver, "municipality-title").equals("Miasto Opole"));

            // membership that ends before it starts: refused at its end, the start kept
            typeDate(browser, "membership-since", "2020-01-01");
            typeDate(browser, "membership-until", "2019-01-01");
            browser.findElement(testId("membership-submit")).click();
            until(wait, "the refusal at the end", driver -> !driver.findElements(testId("membership-until-error")).isEmpty());
            assertThat(text(browser, "membership-until-error")).isEqualTo("A membership cannot end before it starts.");
            assertThat(value(browser, "membership-since")).isEqualTo("2020-01-01");

            // someone else renames it after the page was drawn: the membership is refused as stale, its input kept
            calls.command("/api/municipalities/" + municipalityId + "/name", Map.of("name", "Opole"));
            typeDate(browser, "membership-until", "");
            browser.findElement(testId("membership-submit")).click();
            until(wait, "the stale-version notice", driver -> !driver.findElements(testId("stale")).isEmpty());
            assertThat(text(browser, "stale")).startsWith("Someone else changed");
            assertThat(value(browser, "membership-since")).isEqualTo("2020-01-01");
            reload(browser, wait, driver -> text(driver, "municipality-title").equals("Opole"));
            typeDate(browser, "membership-since", "2020-01-01");
            browser.findElement(testId("membership-submit")).click();
            until(wait, "the membership", driver -> text(driver, "municipality-membership").equals("2020-01-01 – …"));

            // codes: Warsaw's code belongs to Warsaw, refused at the code
            type(browser, "codes-tercCode", WARSZAWA_TERC);
            browser.findElement(testId("codes-submit")).click();
            until(wait, "the refusal at the code", driver -> !driver.findElements(testId("codes-tercCode-error")).isEmpty());
            assertThat(text(browser, "codes-tercCode-error")).isEqualTo("A municipality with this code is registered already.");
            assertNoHorizontalOverflow(browser, "a municipality's page with refusals");
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        assertThat(calls.auditEvents(municipalityId, "MunicipalityRegistered")).isEqualTo(1);
        assertThat(calls.auditEvents(municipalityId, "MunicipalityRenamed")).as("the console's and the API's").isEqualTo(2);
        assertThat(calls.auditEvents(municipalityId, "ZmpMembershipRecorded")).isEqualTo(1);
        assertThat(calls.auditEvents(municipalityId, "MunicipalityCodesCorrected")).isZero();
    }

    @Test
    void aLateApplicationIsRecordedByAnAdminAndTheDeadlineExtendedOnADesktopInEnglish() throws Exception {
        String projectId = registerProject("Formularze: nabór po terminie");
        String warszawa = municipalityWithTercCode(WARSZAWA_TERC);
        Instant deadline = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        JsonNode opened = calls.command("/api/recruitments", Map.of("projectId", projectId, "round", 1,
                "title", "Nabór zamknięty terminem", "places", 5, "deadline", deadline.atZone(WARSAW).toOffsetDateTime().toString()));
        String recruitmentId = opened.path("aggregateId").asText();
        String page = "/recruitments/" + recruitmentId;

        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            inEnglish(browser, wait);
            browser.get(consoleUrl(page + "?at=" + opened.path("globalPosition").asLong()));
            until(wait, "the recruitment page", driver -> !driver.findElements(testId("deadline-form")).isEmpty());
            assertThat(browser.findElements(testId("late-form"))).as("late applications are an admin's").isEmpty();
            assertThat(text(browser, "recruitment-deadline")).isEqualTo(warsawMinute(deadline).replace('T', ' '));

            // an ordinary application after the deadline: refused, saying how it is recorded
            new Select(browser.findElement(testId("apply-municipalityId"))).selectByValue(warszawa);
            browser.findElement(testId("apply-submit")).click();
            until(wait, "the refusal", driver -> !driver.findElements(testId("apply-error")).isEmpty());
            assertThat(text(browser, "apply-error")).startsWith("The deadline has passed.");

            // a deadline not later than the current one: refused at the field, the input kept
            String earlier = warsawMinute(deadline.minus(1, ChronoUnit.DAYS));
            typeDate(browser, "deadline-deadline@warsaw", earlier);
            browser.findElement(testId("deadline-submit")).click();
            until(wait, "the refusal at the deadline",
                    driver -> !driver.findElements(testId("deadline-deadline@warsaw-error")).isEmpty());
            assertThat(text(browser, "deadline-deadline@warsaw-error"))
                    .isEqualTo("The new deadline must be later than the current one.");
            assertThat(value(browser, "deadline-deadline@warsaw")).isEqualTo(earlier);
            assertNoConsoleErrors(browser);

            browser.findElement(testId("sign-out")).click();
            signIn(browser, wait, DemoUsers.ADMIN);
            browser.get(consoleUrl(page));
            until(wait, "the late application form", driver -> !driver.findElements(testId("late-form")).isEmpty());

            // submitted after the deadline: refused at the moment, the reason kept
            new Select(browser.findElement(testId("late-municipalityId"))).selectByValue(warszawa);
            typeDate(browser, "late-submittedAt@warsaw", warsawMinute(deadline.plus(1, ChronoUnit.HOURS)));
            type(browser, "late-reason", "Wniosek wysłany pocztą w terminie");
            browser.findElement(testId("late-submit")).click();
            until(wait, "the refusal at the moment",
                    driver -> !driver.findElements(testId("late-submittedAt@warsaw-error")).isEmpty());
            assertThat(text(browser, "late-submittedAt@warsaw-error")).isEqualTo("The deadline has passed.");
            assertThat(value(browser, "late-reason")).isEqualTo("Wniosek wysłany pocztą w terminie");
            new Select(browser.findElement(testId("late-municipalityId"))).selectByValue(warszawa);
            typeDate(browser, "late-submittedAt@warsaw", warsawMinute(deadline.minus(2, ChronoUnit.HOURS)));
            browser.findElement(testId("late-submit")).click();
            until(wait, "the late application", driver -> driver.findElements(testId("application-row")).size() == 1);
            assertThat(text(browser, "application-status")).isEqualTo("submitted");

            // the deadline extended
            String later = warsawMinute(Instant.now().plus(14, ChronoUnit.DAYS));
            typeDate(browser, "deadline-deadline@warsaw", later);
            browser.findElement(testId("deadline-submit")).click();
            until(wait, "the new deadline", driver -> text(driver, "recruitment-deadline").equals(later.replace('T', ' ')));

            // someone else changes the recruitment: the reject row form is refused as stale and keeps its reason
            calls.command(page.replace("/recruitments", "/api/recruitments") + "/deadline", Map.of("deadline",
                    Instant.now().plus(20, ChronoUnit.DAYS).atZone(WARSAW).toOffsetDateTime().toString()));
            type(browser, "reject-reason", "Niepełny wniosek");
            browser.findElement(testId("reject")).click();
            until(wait, "the stale-version notice", driver -> !driver.findElements(testId("stale")).isEmpty());
            assertThat(value(browser, "reject-reason")).isEqualTo("Niepełny wniosek");
            reload(browser, wait, driver -> !text(driver, "recruitment-deadline").equals(later.replace('T', ' ')));
            type(browser, "reject-reason", "Niepełny wniosek");
            browser.findElement(testId("reject")).click();
            until(wait, "the application rejected", driver -> text(driver, "application-status").equals("rejected"));
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        assertThat(calls.auditEvents(recruitmentId, "ApplicationSubmitted")).isEqualTo(1);
        assertThat(calls.auditExport(recruitmentId, "ApplicationSubmitted")).contains("Wniosek wysłany pocztą w terminie");
        assertThat(calls.auditEvents(recruitmentId, "RecruitmentDeadlineExtended")).as("the console's and the API's")
                .isEqualTo(2);
        assertThat(calls.auditEvents(recruitmentId, "ApplicationRejected")).isEqualTo(1);
    }

    @Test
    void anAdminLoadsTheSeedAndRebuildsAReadModelWatchingItsProgressAndTheFormsFitAPhoneInPolish() throws Exception {
        Instant started = Instant.now();
        ChromeDriver browser = Chromium.open(PHONE, 844);
        try {
            WebDriverWait wait = waitFor(browser);
            signIn(browser, wait, DemoUsers.COORDINATOR);
            assertThat(browser.findElements(testId("nav-admin"))).as("no administration for a coordinator").isEmpty();
            browser.findElement(testId("sign-out")).click();

            signIn(browser, wait, DemoUsers.ADMIN);
            browser.findElement(testId("nav-admin")).click();
            until(wait, "the administration", driver -> !driver.findElements(testId("seed-form")).isEmpty());
            assertNoHorizontalOverflow(browser, "the administration");

            // loading the seed again changes nothing
            browser.findElement(testId("seed-submit")).click();
            until(wait, "the seed's report", driver -> !driver.findElements(testId("seed-report")).isEmpty());
            assertThat(text(browser, "seed-report")).matches("Wczytano\\. Poleceń: \\d+, nowych zdarzeń: 0\\.");

            // a rebuild: its progress is drawn again until it serves
            browser.findElement(testId("rebuild-submit-municipalities")).click();
            until(wait, "the rebuild done", driver -> {
                WebElement row = driver.findElement(testId("rebuild-municipalities"));
                return "SERVING".equals(row.getDomAttribute("data-state"))
                        && !row.findElements(testId("rebuild-finished")).isEmpty();
            });
            assertThat(browser.findElement(testId("rebuild-municipalities")).findElement(testId("rebuild-state")).getText())
                    .isEqualTo("gotowy");
            assertNoHorizontalOverflow(browser, "the administration after a rebuild");

            browser.findElement(testId("nav-municipalities")).click();
            until(wait, "the municipalities served by the rebuilt model",
                    driver -> driver.findElements(testId("municipality-row")).size() >= 20);

            // the row forms fit a phone: a seeded project's partners and municipalities, each with its withdrawal,
            // and a call past its deadline with the late application form an admin sees
            browser.get(consoleUrl("/projects"));
            browser.findElements(testId("project-link")).stream()
                    .filter(link -> link.getText().equals("Krajowy Punkt Kontaktowy URBACT")).findFirst().orElseThrow().click();
            until(wait, "a project page", driver -> !driver.findElements(testId("participant-row")).isEmpty()
                    && !driver.findElements(testId("partner-row")).isEmpty());
            assertNoHorizontalOverflow(browser, "a project page with withdrawals, budget lines and the rate");
            browser.findElements(testId("recruitment-link")).get(0).click();
            until(wait, "the late application form", driver -> !driver.findElements(testId("late-form")).isEmpty());
            assertNoHorizontalOverflow(browser, "a recruitment page with the deadline and late application forms");
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
        JsonNode rebuild = calls.query("/api/admin/rebuilds/municipalities", DemoUsers.ADMIN, 0);
        assertThat(rebuild.path("state").asText()).isEqualTo("SERVING");
        assertThat(Instant.parse(rebuild.path("finishedAt").asText())).isAfter(started);
    }

    private static String registerProject(String title) throws Exception {
        return calls.command("/api/projects", Map.of("title", title, "reportingOrganisationId", ZMP))
                .path("aggregateId").asText();
    }

    /** The seed's municipality with this TERC code, once the query side has the seed. */
    private static String municipalityWithTercCode(String tercCode) throws Exception {
        JsonNode found = calls.query("/api/municipalities?q=" + tercCode, DemoUsers.VIEWER, lastPosition());
        assertThat(found.path("items")).hasSize(1);
        return found.path("items").get(0).path("id").asText();
    }

    private static String municipalityName(String municipalityId) throws Exception {
        return calls.query("/api/municipalities/" + municipalityId, DemoUsers.VIEWER, 0).path("name").asText();
    }

    /** A position past the seed: a project just registered. */
    private static long lastPosition() throws Exception {
        return calls.command("/api/projects", Map.of("title", "Znacznik pozycji", "reportingOrganisationId", ZMP))
                .path("globalPosition").asLong();
    }

    /** The stale notice's reload link, followed until the page shows the other change (the query side may lag). */
    private static void reload(WebDriver browser, WebDriverWait wait, java.util.function.Function<WebDriver, Boolean> changed) {
        browser.findElement(testId("reload")).click();
        until(wait, "the page as it is now", driver -> {
            if (changed.apply(driver)) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }

    private static void inEnglish(WebDriver browser, WebDriverWait wait) {
        switchToEnglish(browser, wait);
    }

    private static String value(WebDriver browser, String id) {
        return browser.findElement(testId(id)).getDomProperty("value");
    }

    private static String warsawMinute(Instant moment) {
        return LocalDateTime.ofInstant(moment, WARSAW).format(LOCAL_MINUTE);
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String user) {
        ConsoleBrowsing.signIn(browser, wait, tracker.consolePort(), user);
    }

    private static String consoleUrl(String path) {
        return ConsoleBrowsing.consoleUrl(tracker.consolePort(), path);
    }
}
