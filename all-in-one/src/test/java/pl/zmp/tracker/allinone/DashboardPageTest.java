package pl.zmp.tracker.allinone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page in a real browser (Debian's headless Chromium) against the whole system with the
 * ZMP seed: what it shows, in Polish and in English, and that it follows the live statistics stream.
 * Chromium and its driver are installed when missing ({@link Chromium}); the test fails, never skips, where they
 * cannot be had.
 */
class DashboardPageTest {

    /** In the build output; docs/dashboard.png is a copy of it taken when the page changes. */
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    private static final String ZMP_ORGANISATION_ID =
            UUID.nameUUIDFromBytes("zmp-tracker-seed:@org/zmp".getBytes(UTF_8)).toString();
    private static final String EXHIBITION = "Wypędzeni 1939... Deportacje obywateli polskich z ziem wcielonych do III Rzeszy";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void showsTheSeededTrackerInPolishAndEnglishAndFollowsTheLiveStream() throws Exception {
        Chromium.provide();

        try (AllInOne tracker = AllInOne.start("--tracker.data-dir=" + dataDir, "--tracker.command-port=0",
                "--tracker.query-port=0", "--tracker.console-port=0")) {
            WebDriver browser = chrome();
            try {
                // sign in once with the credentials in the address; the browser keeps them for the site, and the
                // page is then opened at its plain address (a page whose address holds credentials cannot fetch)
                browser.get(DemoUsers.urlWithCredentials(DemoUsers.VIEWER, tracker.queryPort(), "/"));
                browser.get("http://localhost:" + tracker.queryPort() + "/");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
                wait.ignoring(StaleElementReferenceException.class);

                awaitTheSeed(wait);
                assertSeededFigures(wait);
                assertRecruitmentBoard(wait);
                assertExhibitionCalendar(wait);
                assertBarsDrawnToTheirValues(browser);
                assertIndicatorNamesAndFooterInPolish(wait);
                assertNoConsoleErrors(browser);
                saveFullPageScreenshot((ChromeDriver) browser);
                assertFitsAPhone(browser, wait);

                switchToEnglish(browser, wait);

                showsAPastDateOnEveryPanelAndReturnsToToday(browser, wait);

                followsTheLiveStreamWithoutReloading(tracker, browser, wait);
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriver chrome() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,2200");
        // the page's console (a blocked inline style is an error there), read back by the test
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * What a user sees of each progress bar: its filled part is as wide, relative to the bar, as the value
     * it announces (a bar whose width the page's own Content-Security-Policy blocked would be drawn full).
     */
    private static void assertBarsDrawnToTheirValues(WebDriver browser) {
        List<WebElement> bars = browser.findElements(By.cssSelector("[role=progressbar]"));
        assertThat(bars).as("progress bars on the dashboard").isNotEmpty();
        boolean somePartlyFilled = false;
        for (WebElement bar : bars) {
            double value = Double.parseDouble(bar.getDomAttribute("aria-valuenow"));
            double drawn = 100.0 * bar.findElement(By.cssSelector(".bar-fill")).getRect().getWidth()
                    / bar.getRect().getWidth();
            assertThat(drawn).as("bar %s drawn for value %s", bar.getDomAttribute("data-testid"), value)
                    .isCloseTo(value, org.assertj.core.data.Offset.offset(2.0));
            somePartlyFilled |= value > 2 && value < 95;
        }
        assertThat(somePartlyFilled).as("the seed has a bar that is neither empty nor full").isTrue();
    }

    /** Indicator names come from the page's translation table, not the stored bilingual names; the footer names no service. */
    private static void assertIndicatorNamesAndFooterInPolish(WebDriverWait wait) {
        List<String> names = texts(wait, By.cssSelector("[data-testid=output-name]"));
        assertThat(names).contains("Przeszkolone osoby", "Wydane numery biuletynu", "Miasta z wystawą")
                .noneMatch(name -> name.contains("(") || name.contains("trained") || name.contains("published"));
        assertThat(shown(wait, "footer")).isEqualTo("Związek Miast Polskich · dane na żywo z ewidencji projektów");
    }

    /**
     * On a 390 px phone the page is no wider than the screen: every card and the language toggle lie inside it,
     * and the bars still match their values. The window is then set back.
     */
    private static void assertFitsAPhone(WebDriver browser, WebDriverWait wait) {
        Chromium.emulateScreen((ChromeDriver) browser, 390, 844);
        try {
            JavascriptExecutor script = (JavascriptExecutor) browser;
            long viewport = read(wait, driver -> ((Number) script.executeScript(
                    "return document.documentElement.clientWidth;")).longValue());
            assertThat(viewport).as("the layout viewport of the phone").isEqualTo(390L);
            until(wait, "no horizontal overflow at 390 px", driver -> ((Number) script.executeScript(
                    "return document.documentElement.scrollWidth;")).longValue() <= viewport);
            List<WebElement> mustBeSeen = new java.util.ArrayList<>(browser.findElements(By.cssSelector(".card")));
            mustBeSeen.add(browser.findElement(testId("lang-en")));
            mustBeSeen.add(browser.findElement(testId("lang-pl")));
            assertThat(mustBeSeen).hasSize(8).allSatisfy(element -> {
                org.openqa.selenium.Rectangle box = element.getRect();
                assertThat(box.getX()).as("left edge").isGreaterThanOrEqualTo(0);
                assertThat(box.getX() + box.getWidth()).as("right edge").isLessThanOrEqualTo((int) viewport);
            });
            assertBarsDrawnToTheirValues(browser);
        } finally {
            Chromium.stopEmulatingScreen((ChromeDriver) browser);
        }
    }

    /** Nothing the page did was refused or failed: no errors in the browser console. */
    private static void assertNoConsoleErrors(WebDriver browser) {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(LogEntry::getMessage)
                .isEmpty();
    }

    /** Waits, never sleeps, until the stream has delivered the seed and the lists have followed it. */
    private static void awaitTheSeed(WebDriverWait wait) {
        until(wait, "the projects card to show the 11 seeded projects",
                browser -> text(browser, "stat-projects").equals("11"));
        until(wait, "the status line to say the stream is live",
                browser -> "live".equals(browser.findElement(testId("live-status")).getDomAttribute("data-state")));
        until(wait, "the closed round I with its 17 accepted municipalities",
                browser -> browser.findElements(testId("recruitment-closed-row")).stream()
                        .anyMatch(row -> row.findElement(testId("recruitment-accepted")).getText().equals("17")));
        until(wait, "round II open and the URBACT call, past its deadline, awaiting a decision",
                browser -> browser.findElements(testId("recruitment-open-row")).size() == 1
                        && browser.findElements(testId("recruitment-awaiting-row")).size() == 1);
        until(wait, "the 4 showings of the exhibition",
                browser -> browser.findElements(testId("calendar-row")).size() == 4);
        until(wait, "the status chart with every project",
                browser -> statusCounts(browser).values().stream().mapToInt(Integer::intValue).sum() == 11);
    }

    private static void assertSeededFigures(WebDriverWait wait) {
        assertThat(shown(wait, "stat-projects")).isEqualTo("11");
        // the URBACT call's deadline (17 April 2019) has passed and it is not closed: it awaits a decision
        assertThat(shown(wait, "stat-open-recruitments")).isEqualTo("1");
        assertThat(shown(wait, "stat-showings")).isEqualTo("4");
        // "Ponad 1200 przedstawicieli miast i gmin przeszkolonych": the only people-trained figure is ABOVE
        assertThat(shown(wait, "stat-people-trained")).isEqualTo("ponad 1200");
        assertThat(position(wait)).isPositive();
        assertThat(shown(wait, "live-label")).isEqualTo("na żywo");
        assertThat(shown(wait, "last-recorded")).isNotEqualTo("–");
        // PPP's value (2017-2019) is spread over its years, marked as an estimate, never all in 2017
        assertThat(rows(wait, "value-row")).extracting(row -> row.get("value-estimate")).contains("≈");

        // A5: four programme lines in the pipeline, "100 lat ZMP" finalising, the other six under way
        Map<String, Integer> byStatus = statusCounts(wait);
        assertThat(byStatus).containsEntry("PIPELINE", 4).containsEntry("IMPLEMENTATION", 6)
                .containsEntry("FINALISATION", 1);
        assertThat(byStatus.entrySet()).filteredOn(status -> status.getValue() > 0).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("PIPELINE", "IMPLEMENTATION", "FINALISATION");
        assertThat(texts(wait, By.cssSelector("[data-testid=status-label]")))
                .contains("W przygotowaniu", "W realizacji", "Finalizacja");
    }

    private static void assertRecruitmentBoard(WebDriverWait wait) {
        List<Map<String, String>> open = rows(wait, "recruitment-open-row");
        assertThat(open).extracting(row -> row.get("recruitment-title"))
                .containsExactly("Przestrzeń dla partycypacji II – nabór gmin");

        Map<String, String> urbact = rows(wait, "recruitment-awaiting-row").get(0);
        assertThat(urbact.get("recruitment-title"))
                .isEqualTo("Nabór dla miast do Sieci Planowania Działania (URBACT Action Planning Networks)");
        assertThat(urbact.get("recruitment-project")).isEqualTo("Krajowy Punkt Kontaktowy URBACT");
        // "do 17 kwietnia": 2019-04-17T23:59:59+02:00, shown in Warsaw time
        assertThat(urbact.get("recruitment-deadline")).contains("17", "2019", "23:59");
        assertThat(urbact.get("recruitment-remaining")).isEqualTo("czeka na rozstrzygnięcie");

        Map<String, String> roundTwo = open.get(0);
        assertThat(roundTwo.get("recruitment-project")).isEqualTo("Przestrzeń dla partycypacji");
        assertThat(roundTwo.get("recruitment-round")).isEqualTo("2");
        assertThat(roundTwo.get("recruitment-places-left")).isEqualTo("22 z 22");
        assertThat(roundTwo.get("recruitment-remaining")).isEqualTo("bez terminu");

        List<Map<String, String>> closed = rows(wait, "recruitment-closed-row");
        assertThat(closed).singleElement().satisfies(roundOne -> {
            assertThat(roundOne.get("recruitment-title")).isEqualTo("Przestrzeń dla partycypacji I – nabór gmin");
            assertThat(roundOne.get("recruitment-round")).isEqualTo("1");
            assertThat(roundOne.get("recruitment-applications")).isEqualTo("17");
            assertThat(roundOne.get("recruitment-accepted")).isEqualTo("17");
            assertThat(roundOne.get("recruitment-rejected")).isEqualTo("0");
        });
    }

    private static void assertExhibitionCalendar(WebDriverWait wait) {
        List<Map<String, String>> showings = rows(wait, "calendar-row");
        assertThat(showings).extracting(row -> row.get("calendar-exhibition")).containsOnly(EXHIBITION);
        assertThat(showings).extracting(row -> row.get("calendar-venue")).containsExactly(
                "Dokumentationszentrum Prora", "Muzeum Narodowe w Szczecinie", "Kulmhof / Chelmno nad Nerem",
                "Ratusz w Schwedt");
        assertThat(showings).extracting(row -> row.get("calendar-city"))
                .containsExactly("Prora", "Szczecin", "Chełmno nad Nerem", "Schwedt");
        // every 2018 showing's period has passed: held
        assertThat(showings).extracting(row -> row.get("calendar-state")).containsOnly("odbył się");
        List<String> from = read(wait, browser -> browser.findElements(testId("calendar-row")).stream()
                .map(row -> row.getDomAttribute("data-from")).toList());
        assertThat(from).containsExactly("2018-01-01", "2018-03-29", "2018-04-25", "2018-10-09");
    }

    private static void switchToEnglish(WebDriver browser, WebDriverWait wait) {
        browser.findElement(testId("lang-en")).click();
        until(wait, "the labels in English",
                driver -> text(driver, "recruitment-heading").equals("Recruitment board"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        // the card labels are upper-cased by the style sheet: their text as written
        String projectsLabel = read(wait, driver -> driver.findElement(testId("stat-projects-label"))
                .getDomProperty("textContent"));
        assertThat(projectsLabel).isEqualTo("Projects");
        assertThat(shown(wait, "calendar-heading")).isEqualTo("Exhibition calendar");
        assertThat(shown(wait, "stat-people-trained")).isEqualTo("above 1,200");
        assertThat(shown(wait, "live-label")).isEqualTo("live");
        assertThat(shown(wait, "footer")).isEqualTo("Association of Polish Cities (ZMP) · live figures from the project tracker");
        assertThat(texts(wait, By.cssSelector("[data-testid=output-name]"))).contains("People trained");
        assertThat(texts(wait, By.cssSelector("[data-testid=status-label]")))
                .contains("Pipeline", "Implementation", "Finalisation")
                .doesNotContain("W realizacji");
        assertThat(rows(wait, "calendar-row")).extracting(row -> row.get("calendar-state"))
                .containsOnly("held");
        // data keeps its Polish as stored
        assertThat(rows(wait, "recruitment-closed-row"))
                .extracting(row -> row.get("recruitment-title"))
                .containsExactly("Przestrzeń dla partycypacji I – nabór gmin");
    }

    /** 1 June 2018: five projects had started, round I was open, one showing was on and one still to come. */
    private static void showsAPastDateOnEveryPanelAndReturnsToToday(WebDriver browser, WebDriverWait wait) {
        ((JavascriptExecutor) browser).executeScript("const input = document.getElementById('as-of');"
                + "input.value = '2018-06-01'; input.dispatchEvent(new Event('change'));");
        until(wait, "the projects card to show the five projects started by 1 June 2018",
                driver -> text(driver, "stat-projects").equals("5"));
        assertThat(shown(wait, "live-label")).isEqualTo("past date");
        assertThat(rows(wait, "calendar-row")).extracting(row -> row.get("calendar-state"))
                .containsExactly("held", "held", "on now", "scheduled");
        assertThat(rows(wait, "recruitment-open-row")).extracting(row -> row.get("recruitment-title"))
                .containsExactly("Przestrzeń dla partycypacji I – nabór gmin");
        assertThat(browser.findElements(testId("recruitment-closed-row"))).isEmpty();
        assertThat(statusCounts(wait)).containsEntry("IMPLEMENTATION", 5).containsEntry("PIPELINE", 0);

        browser.findElement(testId("as-of-today")).click();
        until(wait, "today's figures again", driver -> text(driver, "stat-projects").equals("11")
                && "live".equals(driver.findElement(testId("live-status")).getDomAttribute("data-state")));
        until(wait, "today's board again", driver -> driver.findElements(testId("recruitment-awaiting-row")).size() == 1);
    }

    private void followsTheLiveStreamWithoutReloading(AllInOne tracker, WebDriver browser, WebDriverWait wait)
            throws IOException, InterruptedException {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.dashboardTestMarker = 'same page';");
        long before = position(wait);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + tracker.commandPort() + "/api/projects"))
                .header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basicAuthorization(DemoUsers.COORDINATOR))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Miejskie laboratoria klimatyczne\","
                        + "\"reportingOrganisationId\":\"" + ZMP_ORGANISATION_ID + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        until(wait, "the projects card to show the new project",
                driver -> text(driver, "stat-projects").equals("12"));
        assertThat(script.executeScript("return window.dashboardTestMarker;")).as("the page was not reloaded")
                .isEqualTo("same page");
        assertThat(statusCounts(wait)).containsEntry("PIPELINE", 5);
        // not isGreaterThan: the stream's position is the lowest over all projections, and those that do not
        // handle the new event move on without a signal, so the pushed figures may still name the old position
        assertThat(position(wait)).isGreaterThanOrEqualTo(before);
        assertThat(shown(wait, "live-label")).isEqualTo("live");
    }

    /** A real full-page capture through the DevTools protocol: the whole document, not just the window. */
    private static void saveFullPageScreenshot(ChromeDriver browser) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = ((Number) content.get("height")).doubleValue();
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOT.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(file).isNotEmptyFile();
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(testId(id)).getText().strip();
    }

    private static List<String> texts(WebDriver browser, By by) {
        return browser.findElements(by).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Each row as its cells' texts by data-testid, in the order the page shows them. */
    private static List<Map<String, String>> rows(WebDriver browser, String rowId) {
        return browser.findElements(testId(rowId)).stream().map(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            row.findElements(By.cssSelector("[data-testid]"))
                    .forEach(cell -> cells.putIfAbsent(cell.getDomAttribute("data-testid"), cell.getText().strip()));
            return cells;
        }).toList();
    }

    private static Map<String, Integer> statusCounts(WebDriver browser) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        browser.findElements(testId("status-bar")).forEach(bar ->
                counts.put(bar.getDomAttribute("data-status"), Integer.parseInt(bar.getDomAttribute("data-count"))));
        return counts;
    }

    /** Waits until the page shows what {@code condition} looks for; the message says what did not come. */
    private static void until(WebDriverWait wait, String message, Function<WebDriver, Boolean> condition) {
        try {
            wait.withMessage(message).until(condition::apply);
        } finally {
            wait.withMessage("the page to show what the test reads");
        }
    }

    private static String shown(WebDriverWait wait, String id) {
        return read(wait, browser -> text(browser, id));
    }

    private static long position(WebDriverWait wait) {
        return read(wait, browser -> Long.parseLong(text(browser, "live-position")));
    }

    private static List<String> texts(WebDriverWait wait, By by) {
        return read(wait, browser -> texts(browser, by));
    }

    private static List<Map<String, String>> rows(WebDriverWait wait, String rowId) {
        return read(wait, browser -> rows(browser, rowId));
    }

    private static Map<String, Integer> statusCounts(WebDriverWait wait) {
        return read(wait, DashboardPageTest::statusCounts);
    }

    /** Reads what the page shows, again if a redraw replaced the elements midway. */
    private static <T> T read(WebDriverWait wait, Function<WebDriver, T> reading) {
        return wait.until(reading::apply);
    }
}
