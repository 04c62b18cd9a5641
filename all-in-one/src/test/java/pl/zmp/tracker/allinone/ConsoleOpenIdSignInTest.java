package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import pl.zmp.tracker.allinone.OpenIdProvider.Person;
import pl.zmp.tracker.command.CommandServiceApplication;
import pl.zmp.tracker.console.ConsoleApplication;
import pl.zmp.tracker.platform.testing.TestPostgres;
import pl.zmp.tracker.query.QueryServiceApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.DESKTOP;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.assertNoConsoleErrors;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.testId;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.text;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.type;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.until;
import static pl.zmp.tracker.allinone.ConsoleBrowsing.waitFor;

/**
 * The console's production sign-in, end to end in headless Chromium: command-service, query-service (on
 * PostgreSQL and the embedded MongoDB server) and the console run in the {@code prod} profile against a real
 * OpenID Connect provider ({@link OpenIdProvider}). People sign in at the provider, the console relays their
 * access token (renewed as it runs out), the events record the token's subject and name, the console's pages
 * follow the roles of the token, and signing out ends the session at the provider too.
 */
class ConsoleOpenIdSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "Twoje konto nie ma uprawnień do tej czynności.";

    private static OpenIdProvider provider;
    private static MongoServer readModels;
    private static final String SCHEMA = "console_oidc_" + UUID.randomUUID().toString().replace("-", "");
    private static final List<ConfigurableApplicationContext> RUNNING = new ArrayList<>();
    private static int commandPort;
    private static int queryPort;
    private static int consolePort;
    private static String organisationId;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheTrackerInProdAgainstTheProvider() throws Exception {
        provider = OpenIdProvider.start();
        readModels = new MongoServer(new MemoryBackend());
        readModels.bind("127.0.0.1", 0);
        String eventStore = TestPostgres.url() + "?currentSchema=" + SCHEMA;
        List<String> services = List.of("--spring.profiles.active=prod", "--server.port=0",
                "--logging.include-application-name=false",
                "--spring.datasource.url=" + eventStore,
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--tracker.security.jwt.issuer-uri=" + provider.issuer(),
                "--tracker.security.jwt.audience=" + OpenIdProvider.API_AUDIENCE);
        commandPort = start(CommandServiceApplication.builder(), services, "--spring.flyway.schemas=" + SCHEMA,
                "--tracker.seed.load-on-start=false");
        queryPort = start(QueryServiceApplication.builder(), services,
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + readModels.getLocalAddress().getPort() + "/tracker");
        // the OpenID settings by the names the README gives for the environment
        consolePort = start(ConsoleApplication.builder(), List.of("--spring.profiles.active=prod", "--server.port=0",
                        "--logging.include-application-name=false"),
                "--tracker.console.command-url=http://localhost:" + commandPort,
                "--tracker.console.query-url=http://localhost:" + queryPort,
                "--tracker.console.dashboard-url=http://localhost:" + queryPort + "/",
                "--TRACKER_CONSOLE_OIDC_ISSUER_URI=" + provider.issuer(),
                "--TRACKER_CONSOLE_OIDC_CLIENT_ID=" + OpenIdProvider.CONSOLE_CLIENT,
                "--TRACKER_CONSOLE_OIDC_CLIENT_SECRET=" + OpenIdProvider.CONSOLE_SECRET);
        provider.registerConsole(consoleUrl(""));
        organisationId = registerOrganisation();
    }

    @AfterAll
    static void stopEverything() {
        for (int i = RUNNING.size() - 1; i >= 0; i--) {
            RUNNING.get(i).close();
        }
        if (readModels != null) {
            readModels.shutdownNow();
        }
        if (provider != null) {
            provider.close();
        }
        TestPostgres.dropSchema(SCHEMA);
    }

    @Test
    void aCoordinatorSignsInAtTheProviderAndTheEventRecordsTheTokensSubjectAndName() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            int refreshesBefore = provider.refreshes();
            signInAtTheProvider(browser, wait, "/projects", OpenIdProvider.COORDINATOR);
            assertThat(path(browser)).isEqualTo(consoleUrl("/projects"));
            assertThat(browser.findElements(testId("nav-audit"))).as("a coordinator is no auditor").isEmpty();

            type(browser, "register-title", "Zielone podwórka");
            new Select(browser.findElement(testId("register-organisation"))).selectByValue(organisationId);
            browser.findElement(testId("register-submit")).click();
            until(wait, "the new project's page", driver -> !driver.findElements(testId("project-title")).isEmpty());
            assertThat(text(browser, "project-title")).isEqualTo("Zielone podwórka");
            assertThat(text(browser, "saved")).isEqualTo("Zapisano.");
            String projectUrl = browser.getCurrentUrl().split("\\?")[0];
            String projectId = projectUrl.substring(projectUrl.lastIndexOf('/') + 1);

            JsonNode registered = auditEvents(projectId).get(0);
            assertThat(registered.path("eventType").asText()).isEqualTo("ProjectRegistered");
            assertThat(registered.path("actor").asText()).as("the token's sub").isEqualTo(OpenIdProvider.COORDINATOR.subject());
            assertThat(registered.path("metadata").path("actorName").asText()).as("the token's preferred_username")
                    .isEqualTo(OpenIdProvider.COORDINATOR.username());
            assertThat(provider.refreshes()).as("the 30 s access token renewed before the console's calls")
                    .isGreaterThan(refreshesBefore);
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aViewersCommandIsRefusedWithTheConsolesNoticeAndNothingIsStored() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/projects", OpenIdProvider.VIEWER);

            type(browser, "register-title", "Projekt bez uprawnień");
            new Select(browser.findElement(testId("register-organisation"))).selectByValue(organisationId);
            browser.findElement(testId("register-submit")).click();
            until(wait, "the refusal", driver -> !driver.findElements(testId("register-error")).isEmpty());
            assertThat(text(browser, "register-error")).isEqualTo(REFUSED);
            assertThat(browser.findElement(testId("register-title")).getDomProperty("value"))
                    .as("the input kept").isEqualTo("Projekt bez uprawnień");
            assertThat(projectTitles()).doesNotContain("Projekt bez uprawnień");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theAuditPagesFollowTheAuditorRoleOfTheToken() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/audit", OpenIdProvider.AUDITOR);
            until(wait, "the audit log", driver -> !driver.findElements(testId("audit-table")).isEmpty());
            assertThat(browser.findElements(testId("nav-audit"))).hasSize(1);
            assertThat(browser.findElements(testId("audit-actor"))).extracting(actor -> actor.getText().strip())
                    .as("the organisation registered by the machine client").contains(OpenIdProvider.TEST_CLIENT);
        } finally {
            browser.quit();
        }
        ChromeDriver viewer = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(viewer);
            signInAtTheProvider(viewer, wait, "/projects", OpenIdProvider.VIEWER);
            assertThat(viewer.findElements(testId("nav-audit"))).isEmpty();
            Object status = viewer.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/audit', {redirect: 'manual'}).then(answer => done(answer.status));");
            assertThat(((Number) status).intValue()).as("the audit log refused to a viewer").isEqualTo(403);
        } finally {
            viewer.quit();
        }
    }

    @Test
    void whenTheTokenCanNoLongerBeRenewedTheUserSignsInAgainAndGetsTheirPage() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/projects", OpenIdProvider.COORDINATOR);
            // the refresh token is refused from now on, and the provider has forgotten the browser's session there
            provider.revokeRefreshTokens(true);
            forgetTheProvidersSession(browser);

            browser.get(consoleUrl("/projects"));
            until(wait, "the provider's sign-in page", driver -> driver.getCurrentUrl().startsWith(provider.issuer() + "/login"));
            provider.revokeRefreshTokens(false);
            signInOnTheProvidersPage(browser, OpenIdProvider.COORDINATOR);
            until(wait, "the catalogue again", driver -> !driver.findElements(testId("register-form")).isEmpty());
            assertThat(path(browser)).as("the page asked for").isEqualTo(consoleUrl("/projects"));
            assertThat(text(browser, "signed-in-user")).isEqualTo(OpenIdProvider.COORDINATOR.username());
        } finally {
            provider.revokeRefreshTokens(false);
            browser.quit();
        }
    }

    @Test
    void aPartOfAPageThatNeedsANewSignInReloadsThePageAndGetsItBackAfterSigningIn() throws Exception {
        String projectId = register("/api/projects", "{\"title\":\"Rowerowe miasta\",\"reportingOrganisationId\":\""
                + organisationId + "\"}");
        String recruitmentId = register("/api/recruitments", "{\"projectId\":\"" + projectId
                + "\",\"round\":1,\"title\":\"Nabór I\",\"deadline\":\"2099-04-17T23:59:59+02:00\",\"places\":10}");
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/recruitments/" + recruitmentId, OpenIdProvider.COORDINATOR);
            until(wait, "the places left", driver -> text(driver, "places-left").equals("10 / 10"));
            provider.revokeRefreshTokens(true);
            forgetTheProvidersSession(browser);

            // the places left, refreshed every 5 s, need a token: the page reloads and goes to the provider
            until(wait, "the provider's sign-in page", driver -> driver.getCurrentUrl().startsWith(provider.issuer() + "/login"));
            provider.revokeRefreshTokens(false);
            signInOnTheProvidersPage(browser, OpenIdProvider.COORDINATOR);
            until(wait, "the recruitment again", driver -> !driver.findElements(testId("places-left")).isEmpty());
            assertThat(path(browser)).isEqualTo(consoleUrl("/recruitments/" + recruitmentId));
            assertThat(text(browser, "places-left")).isEqualTo("10 / 10");
        } finally {
            provider.revokeRefreshTokens(false);
            browser.quit();
        }
    }

    @Test
    void whenTheApisRefuseTheTokenTheUserIsSentToSignInAgainAndToldItFailed() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/projects", OpenIdProvider.COORDINATOR);
            // the renewed tokens are for another API: the APIs refuse them (401), so the console sends the browser to
            // the provider, which signs the user in again at once, and that sign-in fails as the APIs refuse its token
            provider.issueTokensForAnotherAudience(true);

            browser.get(consoleUrl("/projects"));
            until(wait, "the console's sign-in page with the failure", driver -> !driver.findElements(testId("login-error")).isEmpty());
            assertThat(path(browser)).isEqualTo(consoleUrl("/login"));
            assertThat(text(browser, "login-error")).isEqualTo("Nieprawidłowa nazwa użytkownika lub hasło.");

            provider.issueTokensForAnotherAudience(false);
            browser.findElement(testId("login-oidc")).click();
            until(wait, "the catalogue again", driver -> !driver.findElements(testId("register-form")).isEmpty());
            assertThat(text(browser, "signed-in-user")).isEqualTo(OpenIdProvider.COORDINATOR.username());
        } finally {
            provider.issueTokensForAnotherAudience(false);
            browser.quit();
        }
    }

    @Test
    void signingOutEndsTheSessionInTheConsoleAndAtTheProvider() throws Exception {
        ChromeDriver browser = Chromium.open(DESKTOP, 1000);
        try {
            WebDriverWait wait = waitFor(browser);
            signInAtTheProvider(browser, wait, "/projects", OpenIdProvider.VIEWER);

            browser.findElement(testId("sign-out")).click();
            until(wait, "the console's signed-out page", driver -> driver.getCurrentUrl().equals(consoleUrl("/login?signedOut")));
            assertThat(browser.findElement(By.cssSelector("p.notice.ok[role=status]")).getText()).isEqualTo("Wylogowano.");
            assertThat(browser.findElements(testId("login-oidc"))).as("the way back to the provider").hasSize(1);

            browser.get(consoleUrl("/projects"));
            until(wait, "the provider asking who signs in", driver -> driver.getCurrentUrl().startsWith(provider.issuer() + "/login"));
            assertThat(browser.findElements(By.id("username"))).hasSize(1);
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    /** Opens a console page, is sent to the provider's sign-in page, signs in there and lands back on the page. */
    private static void signInAtTheProvider(WebDriver browser, WebDriverWait wait, String page, Person person) {
        browser.get(consoleUrl(page));
        until(wait, "the provider's sign-in page", driver -> driver.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        signInOnTheProvidersPage(browser, person);
        until(wait, "the signed-in console", driver -> driver.getCurrentUrl().startsWith(consoleUrl(""))
                && !driver.findElements(testId("signed-in-user")).isEmpty());
        assertThat(text(browser, "signed-in-user")).isEqualTo(person.username());
    }

    private static void signInOnTheProvidersPage(WebDriver browser, Person person) {
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The reporting organisation the projects need, registered by the test's machine client. */
    private static String registerOrganisation() throws Exception {
        return register("/api/organisations",
                "{\"name\":\"Stowarzyszenie Zielone Miasta\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}");
    }

    /** Sends a command that creates an aggregate as the test's machine client; its id. */
    private static String register(String path, String body) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + commandPort + path))
                .header("Authorization", "Bearer " + provider.machineToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("aggregateId").asText();
    }

    /** The browser's session at the provider ends (the console's stays), as when it timed out there. */
    private static void forgetTheProvidersSession(ChromeDriver browser) {
        browser.executeCdpCommand("Network.deleteCookies", Map.of("name", "JSESSIONID", "url", provider.issuer() + "/"));
    }

    /** The audit log of one aggregate, read with the machine client's token (an auditor). */
    private JsonNode auditEvents(String aggregateId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + queryPort
                        + "/api/audit/events?aggregateId=" + aggregateId))
                .header("Authorization", "Bearer " + provider.machineToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.isArray() ? body : body.path("items");
    }

    private List<String> projectTitles() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + queryPort
                        + "/api/projects?size=100"))
                .header("Authorization", "Bearer " + provider.machineToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(project -> titles.add(project.path("title").asText()));
        return titles;
    }

    private static int start(SpringApplicationBuilder application, List<String> shared, String... own) {
        List<String> arguments = new ArrayList<>(shared);
        arguments.addAll(List.of(own));
        ConfigurableApplicationContext context = application.registerShutdownHook(false).run(arguments.toArray(String[]::new));
        RUNNING.add(context);
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The page's address without its query (Spring Security marks a page reached after sign-in with ?continue). */
    private static String path(WebDriver browser) {
        return browser.getCurrentUrl().split("\\?")[0];
    }

    private static String consoleUrl(String path) {
        return "http://localhost:" + consolePort + path;
    }
}
