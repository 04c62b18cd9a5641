package pl.zmp.tracker.allinone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium and its ChromeDriver for the browser tests, installed when missing: on Debian as root (CI and
 * a fresh development machine) {@code apt-get install chromium chromium-driver} from Debian's registry, once per
 * machine. They pull in over a hundred packages a bare Debian lacks (libraries, fonts), hence a system install
 * rather than an unpacked copy in the build output. Where that cannot be done the test fails, never skips, saying what to install.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Debian ships Chromium in English only; its other languages (chromium-l10n) draw the browser's controls in Polish. */
    static final Path POLISH = Path.of("/usr/lib/chromium/locales/pl.pak");
    private static final Path APT_GET = Path.of("/usr/bin/apt-get");
    /** apt's output, in the build output. */
    private static final Path LOG = Path.of("target", "chromium-install.log").toAbsolutePath();

    private Chromium() {
    }

    /** Makes sure both are installed, installing them if need be; fails the test where they cannot be had. */
    static synchronized void provide() throws IOException, InterruptedException {
        if (!installed() && Files.isExecutable(APT_GET)) {
            // waits for another apt (a parallel build) instead of failing on its lock
            String lockTimeout = "-o DPkg::Lock::Timeout=600";
            apt("apt-get -q " + lockTimeout + " update && apt-get -q -y " + lockTimeout
                    + " install chromium chromium-driver chromium-l10n");
        }
        assertThat(installed()).as("the browser tests need Debian's Chromium at %s, ChromeDriver at %s and Chromium's "
                + "Polish at %s; installing them as root with apt-get (packages chromium, chromium-driver, chromium-l10n) "
                + "did not succeed: see %s, or install them by hand", BROWSER, DRIVER, POLISH, LOG).isTrue();
    }

    /**
     * A headless Chromium whose page is {@code width} × {@code height} CSS pixels (390 wide is a phone), keeping
     * the page's console for the test to read.
     */
    static org.openqa.selenium.chrome.ChromeDriver open(int width, int height) throws IOException, InterruptedException {
        return open(width, height, "pl");
    }

    /**
     * The same, with the browser's own language {@code language} ("pl", "en"): the language it asks pages for and
     * the one its own controls are drawn in, such as the day, month and year fields of a date input (dd.mm.rrrr for
     * a Polish user). On Linux Chromium takes its language from the environment, hence both the flag and LANGUAGE.
     */
    static org.openqa.selenium.chrome.ChromeDriver open(int width, int height, String language)
            throws IOException, InterruptedException {
        provide();
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of("LANGUAGE", language))
                .build();
        org.openqa.selenium.chrome.ChromeDriver browser = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        emulateScreen(browser, width, height);
        return browser;
    }

    /**
     * Lays pages out on a screen {@code width} CSS pixels wide, as a phone's browser does: a window cannot be made
     * narrower than about 500 px, so the width is set through the DevTools protocol rather than the window size.
     */
    static void emulateScreen(org.openqa.selenium.chrome.ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    static void stopEmulatingScreen(org.openqa.selenium.chrome.ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    private static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER) && Files.isRegularFile(POLISH);
    }

    private static void apt(String script) throws IOException, InterruptedException {
        Files.createDirectories(LOG.getParent());
        ProcessBuilder apt = new ProcessBuilder(List.of("sh", "-c", script))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = apt.start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }
}
