package pl.zmp.tracker.allinone;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** What the console's browser tests do on a page: sign in, fill fields, wait for what the user sees, check the layout. */
final class ConsoleBrowsing {

    static final int DESKTOP = 1440;
    static final int PHONE = 390;

    private ConsoleBrowsing() {
    }

    /** Sends one drawn form twice at the same moment, as a double click does: same fields, same Idempotency-Key. */
    static void submitTwiceAtOnce(WebDriver browser, WebDriverWait wait, String formId, Map<String, String> fields) {
        fields.forEach((name, value) -> ((JavascriptExecutor) browser).executeScript(
                "const field = arguments[0].querySelector('[name=\"' + arguments[1] + '\"]'); field.value = arguments[2];",
                browser.findElement(testId(formId)), name, value));
        Object statuses = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const form = arguments[0];"
                        + "const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})"
                        + "  .then(r => r.status);"
                        + "Promise.all([send(), send()]).then(done);", browser.findElement(testId(formId)));
        assertThat((List<?>) statuses).hasSize(2).allSatisfy(status -> assertThat(((Number) status).intValue()).isEqualTo(200));
    }

    static void signIn(WebDriver browser, WebDriverWait wait, int consolePort, String user) {
        browser.get(consoleUrl(consolePort, "/login"));
        type(browser, "login-username", user);
        type(browser, "login-password", DemoUsers.password(user));
        browser.findElement(testId("login-submit")).click();
        until(wait, "the signed-in console", driver -> !driver.findElements(testId("signed-in-user")).isEmpty());
        assertThat(text(browser, "signed-in-user")).isEqualTo(user);
    }

    /** Switches the console to English with its language toggle and waits for the page to say so. */
    static void switchToEnglish(WebDriver browser, WebDriverWait wait) {
        browser.findElement(testId("lang-en")).click();
        until(wait, "the console in English", driver -> "en".equals(
                driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    /** The page is no wider than the window: nothing is cut off or needs scrolling sideways. */
    static void assertNoHorizontalOverflow(WebDriver browser, String page) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.clientWidth;");
        assertThat(scrollWidth.intValue()).as("width of %s at %s px, widened by %s", page, clientWidth,
                widestElements(browser)).isLessThanOrEqualTo(clientWidth.intValue());
        // the window's width, with the scroll bar a desktop page has beside it
        Number windowWidth = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(windowWidth.intValue()).as("the screen the page was laid out on").isIn(PHONE, DESKTOP);
    }

    /** What sticks out past the right edge of the screen, innermost first: what widens the page. */
    private static Object widestElements(WebDriver browser) {
        return ((JavascriptExecutor) browser).executeScript(
                "const width = document.documentElement.clientWidth;"
                        + "const out = e => e.getBoundingClientRect().right > width + 1;"
                        // a frame that scrolls clips what it holds, save what is positioned outside of it
                        + "const clipped = e => { const loose = ['absolute', 'fixed'].includes(getComputedStyle(e).position);"
                        + "  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                        + "    const style = getComputedStyle(a);"
                        + "    if (style.overflowX !== 'visible' && (!loose || style.position !== 'static')) return true; }"
                        + "  return false; };"
                        + "return [...document.body.querySelectorAll('*')]"
                        + "  .filter(e => out(e) && !clipped(e) && ![...e.children].some(out)).slice(0, 5)"
                        + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "    + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/\\s+/).join('.') : '')"
                        + "    + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px');");
    }

    static void assertNoConsoleErrors(WebDriver browser) {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(LogEntry::getMessage)
                .isEmpty();
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path file = Path.of("..", "docs").resolve(name).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(file).isNotEmptyFile();
    }

    static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static String consoleUrl(int consolePort, String path) {
        return "http://localhost:" + consolePort + path;
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(testId(id)).getText().strip();
    }

    static List<String> texts(WebDriver browser, String id) {
        return browser.findElements(testId(id)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    static void type(WebDriver browser, String id, String value) {
        WebElement field = browser.findElement(testId(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take their value as the browser's locale shows it; set it as the form sends it. */
    static void typeDate(WebDriver browser, String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(testId(id)), isoDate);
    }

    static void until(WebDriverWait wait, String message, Function<WebDriver, Boolean> condition) {
        // on a timeout the message also says what the page showed: its refusals and notices
        java.util.concurrent.atomic.AtomicReference<WebDriver> page = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            wait.withMessage(() -> message + "; the page at " + (page.get() == null ? "?" : page.get().getCurrentUrl()
                    + " showed " + page.get().findElements(By.cssSelector(".form-error, .field-error, .notice"))
                    .stream().map(WebElement::getText).toList())).until(driver -> {
                page.set(driver);
                try {
                    return condition.apply(driver);
                } catch (org.openqa.selenium.WebDriverException redrawn) {
                    // a part htmx redrew while it was read (places left): read it again
                    if (String.valueOf(redrawn.getMessage()).contains("does not belong to the document")) {
                        return false;
                    }
                    throw redrawn;
                }
            });
        } finally {
            wait.withMessage("the page to show what the test reads");
        }
    }
}
