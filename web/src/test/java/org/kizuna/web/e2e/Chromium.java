package org.kizuna.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class, the system's own ({@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver}; Debian's {@code chromium} and {@code chromium-driver}), so that nothing is
 * downloaded: register it with {@code @RegisterExtension static final Chromium chromium = new Chromium();}.
 * It starts before the class's first test with a fresh profile, forgets its cookies before each test, and
 * quits after the last. {@link #shot} saves a screenshot of each step, and a failing test gets one more, into
 * {@code target/e2e-screenshots/<Class.method>/<nn-step>.png}.
 *
 * <p>Other locations can be given with {@code -Dkizuna.e2e.chromium=...} and
 * {@code -Dkizuna.e2e.chromedriver=...}. A missing browser fails the tests, it does not skip them.
 */
public final class Chromium
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

    static final Path BROWSER = Path.of(System.getProperty("kizuna.e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("kizuna.e2e.chromedriver", "/usr/bin/chromedriver"));

    /** How long a step may take to show its result: a page load or an htmx swap, on a busy machine. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--window-size=1280,1000");

    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "e2e-screenshots");

    private ChromeDriver driver;
    private Path profile;
    private String base;
    private Path shots;
    private int step;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (Path file : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(file)) {
                throw new IllegalStateException(missing(file + " is not there"));
            }
        }
        profile = Files.createTempDirectory("kizuna-e2e-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        // An explicit driver keeps Selenium Manager from looking for (and downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            throw new IllegalStateException(missing("it did not start: " + e.getMessage()), e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        shots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName()
                + context.getDisplayName().replaceAll("^[^\\[]*", "").replaceAll("[^\\w\\[\\]=-]", ""));
        step = 0;
        if (Files.isDirectory(shots)) {
            try (Stream<Path> old = Files.list(shots)) {
                for (Path file : (Iterable<Path>) old::iterator) {
                    Files.delete(file);
                }
            }
        }
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            shot("failure");
        }
    }

    /** The server the pages are read from, e.g. the test's random port. */
    public Chromium server(int port) {
        base = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the server, e.g. {@code /metrics/nps?period=2024-06}, and waits until it is loaded. */
    public void open(String path) {
        driver.get(base + path);
        loaded();
    }

    /** The path of the page shown. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getRawPath();
    }

    /** The address of the page shown, without the server: path and query. */
    public String address() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Waits until the condition holds (is neither null nor false), saying what was awaited if it never does. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> what + " (page " + driver.getCurrentUrl() + ")")
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits for an element, present and shown. */
    public WebElement find(By by) {
        return until(
                "an element shown: " + by,
                d -> d.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    /** The first link on the page to that path with that query parameter, e.g. {@code /} and period=2024-Q2. */
    public Optional<WebElement> link(String path, String parameter) {
        return driver.findElements(By.cssSelector("a[href]")).stream()
                .filter(a -> {
                    try {
                        URI uri = URI.create(a.getDomAttribute("href"));
                        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
                        return path.equals(uri.getRawPath())
                                && List.of(query.split("&")).contains(parameter);
                    } catch (IllegalArgumentException notAnAddress) {
                        return false;
                    }
                })
                .findFirst();
    }

    /** Clicks something that leads to another page and waits until that page is loaded. */
    public void follow(WebElement element) {
        String before = driver.getCurrentUrl();
        Object marker = markPage();
        element.click();
        until("a new page after clicking " + before, d -> !marker.equals(pageMark()));
        loaded();
    }

    /** The text of the page's main content (the whole body where there is no main element). */
    public String text() {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        return (main.isEmpty() ? driver.findElement(By.tagName("body")) : main.get(0)).getText();
    }

    /** Waits until the page's main content shows every one of the texts (parts may be loaded after the page). */
    public String awaitText(String... parts) {
        return until("the page to show " + String.join(", ", parts), d -> {
            String text = text();
            return Stream.of(parts).allMatch(text::contains) ? text : null;
        });
    }

    /** The page's language, from {@code <html lang>}. */
    public String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Signs in through the form of the sign-in page. */
    public void signIn(String username, String password) {
        open("/login");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(password);
        follow(driver.findElement(By.cssSelector("form[action$='/login'] [type=submit]")));
    }

    /** Signs out with the header's button. */
    public void signOut() {
        follow(find(By.cssSelector("form[action$='/logout'] [type=submit]")));
    }

    /**
     * Marks the page in the browser's memory: a full page load forgets the mark, an htmx swap keeps it. Returns
     * the mark.
     */
    public Object markPage() {
        String mark = "m" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.kizunaPageMark = arguments[0];", mark);
        return mark;
    }

    /** The page's mark, or null on a page loaded since. */
    public Object pageMark() {
        return ((JavascriptExecutor) driver).executeScript("return window.kizunaPageMark || null;");
    }

    /** Scrolls the element into the middle of the window, then saves a screenshot, as {@link #shot(String)}. */
    public Path shot(String name, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return shot(name);
    }

    /** Saves a screenshot of the page as the test's next step, {@code nn-step.png}. */
    public Path shot(String name) {
        step++;
        Path file = shots.resolve(String.format("%02d-%s.png", step, name));
        try {
            Files.createDirectories(shots);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void loaded() {
        until(
                "the page to be loaded",
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    private static String missing(String why) {
        return "The browser tests need Chromium and its driver (" + BROWSER + ", " + DRIVER + "), but " + why
                + ". Install them with: apt-get install chromium chromium-driver (the CI script .ci/run does),"
                + " or name others with -Dkizuna.e2e.chromium=... -Dkizuna.e2e.chromedriver=...";
    }
}
