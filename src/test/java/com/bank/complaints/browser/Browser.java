package com.bank.complaints.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.bank.complaints.Desk;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on Camunda's webapps: Debian's chromium and chromedriver, never a
 * downloaded one. Knows the login page, Tasklist's filters and task view, and the form-js 1.8 forms
 * Tasklist renders (fields found by their label; form-js gives inputs generated ids and no names).
 * Every step can save a numbered screenshot under target/screenshots. It also opens pages of our own
 * and runs their scripts (FormsRenderIT's form-js harness).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration PAGE_LOAD = Duration.ofSeconds(45);
    private static final int PAGE_LOAD_ATTEMPTS = 3;
    /** form-js 1.8 debounces input before it updates its state; the only sleep in these tests. */
    private static final long FORM_JS_DEBOUNCE_MILLIS = 400;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOTS = new AtomicInteger();
    /** Tasklist's task list; Angular re-creates this element each time a list has loaded. */
    private static final By TASK_LIST_CONTENT = By.xpath("//*[@cam-tasks]/div[@ng-if]");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String journey;
    private boolean closed;

    private Browser(WebDriver driver, Path profile, String journey) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        // Angular re-renders often: an element found a moment ago may be gone, so look again
        this.wait.ignoring(StaleElementReferenceException.class);
        this.profile = profile;
        this.journey = journey;
    }

    /** Skips the calling test class when the browser is not installed (CI installs it; see .ci/run). */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing"
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }

    /** Empties target/screenshots, so it shows the last run only (its folders belong to other tests). */
    static void clearScreenshots() {
        deletePictures(SCREENSHOTS);
    }

    /** Empties target/screenshots/{name} and answers it: one test's pictures, apart from the journeys' numbered ones. */
    static Path clearScreenshotFolder(String name) {
        Path folder = SCREENSHOTS.resolve(name);
        deletePictures(folder);
        return folder;
    }

    private static void deletePictures(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh browser with an empty profile and a 1600x1000 window; {@code journey} prefixes its screenshots. */
    static Browser open(String journey) {
        return open(journey, 1600, 1000);
    }

    /** A fresh browser with an empty profile and a window of the given size (headless: the page gets all of it). */
    static Browser open(String journey, int width, int height) {
        // the driver is named here, so Selenium Manager never runs and nothing is downloaded
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("complaints-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
            return new Browser(new ChromeDriver(service, options), profile, journey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh browser that reads {@code language} first (e.g. "zh-CN"): Chromium's --lang, which sets
     * navigator.languages (what Camunda's webapps choose their language by) and the Accept-Language header.
     */
    static Browser open(String journey, String language) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("complaints-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1600,1000", "--user-data-dir=" + profile, "--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            return new Browser(new ChromeDriver(service, options), profile, journey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's title, as the browser's tab shows it. */
    String title() {
        return driver.getTitle();
    }

    /**
     * Waits, with a page load's patience, until the page's title is what {@code wanted} accepts (a webapp sets
     * it once its scripts have run); on a time-out says what was awaited, on which page, and the title it saw.
     */
    void waitForTitle(String awaited, Predicate<String> wanted) {
        new WebDriverWait(driver, PAGE_LOAD)
                .withMessage(() -> "a title " + awaited + " on " + driver.getCurrentUrl() + "; the title was '"
                        + driver.getTitle() + "'")
                .until(d -> wanted.test(d.getTitle()));
    }

    /** Loads the shown page afresh. */
    void reload() {
        driver.navigate().refresh();
    }

    /** The elements of {@code by} a person sees now (present and displayed), without waiting. */
    List<WebElement> displayed(By by) {
        return driver.findElements(by).stream().filter(element -> {
            try {
                return element.isDisplayed();
            } catch (StaleElementReferenceException gone) {
                return false;
            }
        }).toList();
    }

    // ---- pages and steps ----------------------------------------------------------------------

    /**
     * Opens one of our own staff pages as {@code user}: a browser not yet logged in is sent to the desk's login
     * page (no Basic pop-up any more), where this logs in; one logged in (also in Tasklist or Cockpit) goes straight on.
     */
    void openStaffPage(String url, String user) {
        driver.get(url);
        if (onDeskLogin()) {
            deskLogin(user);
        }
    }

    /** Whether the desk's own login page is shown. */
    boolean onDeskLogin() {
        return !driver.findElements(By.id("login-form")).isEmpty();
    }

    /** Logs in on the desk's login page, which is shown, and waits until the page that asked for it has come. */
    void deskLogin(String user) {
        WebElement username = visible(By.id("username"));
        username.clear();
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Desk.DEMO_PASSWORD);
        click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(d -> !onDeskLogin());
    }

    /** Opens a page of our own, e.g. a test resource by its file: URL. */
    void show(URI page) {
        driver.get(page.toString());
    }

    /** Goes to a page of an app the browser is logged in to, e.g. a Cockpit route. */
    void go(String url) {
        driver.get(url);
    }

    /** The address the page shows now (an Angular app changes it as you go). */
    String url() {
        return driver.getCurrentUrl();
    }

    /** Runs JavaScript in the page and answers its result; a promise the script returns is awaited (WebDriver does so). */
    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Logs in on the login page of a Camunda webapp ({@code url} of Tasklist or Cockpit). */
    void login(String url, String user) {
        driver.get(url);
        WebElement username = new WebDriverWait(driver, PAGE_LOAD)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(Desk.DEMO_PASSWORD);
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    /** Saves a numbered screenshot named after the step, e.g. target/screenshots/03-a-malformed-email.png. */
    Path shot(String step) {
        String name = String.format(Locale.ROOT, "%02d-%s-%s", SHOTS.incrementAndGet(), journey, step);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), png,
                    StandardCopyOption.REPLACE_EXISTING);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of the window as {@code png}, e.g. a picture for docs/screens. */
    Path shotAs(Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), png,
                    StandardCopyOption.REPLACE_EXISTING);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a picture of one element as {@code png}, all of it, also what lies below the window (a long form). */
    void shotOf(By element, Path png) {
        Map<String, Object> clip = new HashMap<>(script("""
                const box = arguments[0].getBoundingClientRect();
                return {x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height};""",
                visible(element)));
        clip.put("scale", 1);
        Map<String, Object> picture = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode((String) picture.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a failure: the screenshot and the page source, to see what the browser saw. */
    void saveFailure(String test) {
        Path png = shot("FAILED-" + test);
        try {
            Files.writeString(Path.of(png.toString().replace(".png", ".html")), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the screenshot is what matters
        }
    }

    // ---- Tasklist ---------------------------------------------------------------------------

    /**
     * Loads Tasklist afresh and shows one of the user's filters, waiting until the list is the one
     * of that filter (not the previous filter's, still on the page while the new one loads).
     */
    void showFilter(String filter) {
        reloadTasklist();
        if (!activeFilter().get().startsWith(filter)) {
            WebElement previousList = driver.findElement(TASK_LIST_CONTENT);
            click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(.),"
                    + literal(filter) + ")]"));
            wait.until(ExpectedConditions.stalenessOf(previousList));
        }
        wait.until(d -> activeFilter().filter(name -> name.startsWith(filter)).isPresent() && taskListLoaded());
    }

    /**
     * Reloads Tasklist until its filters and list are there. On a busy 2-core CI machine the Angular
     * app sometimes stays on its start-up spinner; a second load gets through.
     */
    private void reloadTasklist() {
        for (int attempt = 1; ; attempt++) {
            driver.navigate().refresh();
            try {
                new WebDriverWait(driver, PAGE_LOAD).until(d -> activeFilter().isPresent() && taskListLoaded());
                return;
            } catch (TimeoutException stuckOnTheSpinner) {
                if (attempt == PAGE_LOAD_ATTEMPTS) {
                    throw stuckOnTheSpinner;
                }
            }
        }
    }

    private Optional<String> activeFilter() {
        return driver.findElements(By.cssSelector("div.task-filter.active h4.name a")).stream()
                .map(a -> a.getText().trim()).findFirst();
    }

    /** The names of the filters in Tasklist's left column. */
    List<String> filterNames() {
        visible(By.cssSelector("div.task-filter h4.name a"));
        return driver.findElements(By.cssSelector("div.task-filter h4.name a")).stream()
                .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
    }

    /** Ids of the tasks the shown filter lists. */
    List<String> listedTaskIds() {
        return driver.findElements(By.cssSelector("[cam-tasks] ol.tasks-list li.task h4 a")).stream()
                .map(a -> a.getDomAttribute("href").replaceAll(".*[?&]task=([^&]+).*", "$1")).toList();
    }

    /** The list entry of one task, by its id. */
    WebElement listedTask(String taskId) {
        return visible(taskLink(taskId));
    }

    /** Opens a task of the shown list and waits for its form. */
    void openTask(String taskId) {
        click(taskLink(taskId));
        visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
    }

    /** Claims the open task; its form becomes editable. */
    void claim() {
        click(By.cssSelector("button.claim"));
        visible(By.cssSelector("button.unclaim"));
        clickable(completeButton());
    }

    /** Completes the open task (the caller waits for the engine). */
    void complete() {
        click(completeButton());
    }

    // ---- form-js forms ----------------------------------------------------------------------

    /** Types into a text, text area or number field; replaces what was there. */
    void type(String label, String text) {
        WebElement input = clickable(field(label));
        center(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        debounce();
        wait.until(d -> text.equals(input.getDomProperty("value")));
    }

    /** Picks an option of a form-js select by the option's label. */
    void choose(String label, String option) {
        WebElement input = driver.findElement(field(label));
        click(input.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')]")));
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=" + literal(option) + "]"));
        debounce();
        wait.until(d -> d.findElement(By.id(input.getDomAttribute("id") + "-display")).getText().trim().equals(option));
    }

    /** Ticks a checkbox, or picks a radio option, by its own label. */
    void tick(String label) {
        By by = field(label);
        if (!clickable(by).isSelected()) {
            click(by);
        }
        debounce();
        wait.until(d -> d.findElement(by).isSelected());
    }

    /** What a field shows: its value, or the option a select shows (a read-only select has no input). */
    String valueOf(String label) {
        String id = fieldId(label);
        List<WebElement> display = driver.findElements(By.id(id + "-display"));
        return display.isEmpty() ? visibleOrHidden(By.id(id)).getDomProperty("value") : display.get(0).getText().trim();
    }

    /** The validation message form-js shows under a field (waits for one). */
    String validationMessage(String label) {
        String id = fieldId(label) + "-error-message";
        WebElement message = wait.until(d -> {
            WebElement m = d.findElement(By.id(id));
            return m.getText().isBlank() ? null : m;
        });
        center(message);
        return message.getText().trim();
    }

    /** The placeholder a field shows while empty (a form-js date field shows the date format it reads). */
    String placeholderOf(String label) {
        return visibleOrHidden(field(label)).getDomAttribute("placeholder");
    }

    /** Every validation message form-js shows under a field now, one per line; does not wait. */
    List<String> validationMessagesNow(String label) {
        return driver.findElements(By.cssSelector("[id='" + fieldId(label) + "-error-message'] li")).stream()
                .map(item -> item.getText().trim()).toList();
    }

    /** Leaves the focused field (a form-js date field takes what was typed when it loses the focus). */
    void blur() {
        script("if (document.activeElement) { document.activeElement.blur(); }");
        debounce();
    }

    // ---- the clipboard ------------------------------------------------------------------------------------

    /** Lets the page of {@code origin} write and read the clipboard, as a person's browser lets a page they click in. */
    void allowClipboard(String origin) {
        ((HasCdp) driver).executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the clipboard holds as text (needs {@link #allowClipboard}). */
    String clipboard() {
        return script("return navigator.clipboard.readText()");
    }

    private By field(String label) {
        return By.id(fieldId(label));
    }

    /** form-js links each label to its input: for="fjs-form-{random}-{component id}". */
    private String fieldId(String label) {
        By byLabel = By.xpath("//form[contains(@class,'fjs-form')]//label[starts-with(normalize-space(.)," + literal(label) + ")]");
        return visible(byLabel).getDomAttribute("for");
    }

    // ---- generic waits ----------------------------------------------------------------------

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Text of a visible element. */
    String text(By by) {
        return visible(by).getText().trim();
    }

    boolean isEnabled(By by) {
        return visible(by).isEnabled();
    }

    /** Clicks once the element can take the click (Angular's fading modals and re-renders get in the way). */
    void click(By by) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            return element != null && clicked(element);
        });
    }

    private void click(WebElement element) {
        wait.until(d -> clicked(element));
    }

    private boolean clicked(WebElement element) {
        try {
            center(element);
            element.click();
            return true;
        } catch (ElementClickInterceptedException e) {
            return false;
        }
    }

    /** Waits for something outside the browser, e.g. the engine, with the same patience. */
    void until(BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
    }

    /** Waits until an element's text holds {@code text} (e.g. Angular's notifications) and scrolls it into view. */
    WebElement textAppears(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return center(driver.findElement(by));
    }

    /** Whether an element is there and shown now; does not wait. */
    boolean shown(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Whether an element is in the page, shown or not; does not wait. */
    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    void gone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Quits Chromium; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private boolean taskListLoaded() {
        List<WebElement> loader = driver.findElements(By.cssSelector("[cam-tasks] > .loader"));
        boolean loading = !loader.isEmpty() && loader.get(0).isDisplayed();
        boolean none = !driver.findElements(By.xpath("//*[@cam-tasks]//div[contains(@class,'well') and contains(.,'No task matching')]"))
                .stream().filter(WebElement::isDisplayed).toList().isEmpty();
        boolean some = !driver.findElements(By.cssSelector("[cam-tasks] ol.tasks-list")).isEmpty();
        return !loading && (none || some);
    }

    private static By taskLink(String taskId) {
        return By.cssSelector("[cam-tasks] ol.tasks-list a[href$='task=" + taskId + "']");
    }

    private static By completeButton() {
        return By.xpath("//button[normalize-space(.)='Complete']");
    }

    private WebElement visibleOrHidden(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private WebElement center(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private static void debounce() {
        try {
            Thread.sleep(FORM_JS_DEBOUNCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An XPath string literal for text that may hold an apostrophe ("Customer's ..."). */
    private static String literal(String text) {
        return text.contains("\"") ? "'" + text + "'" : "\"" + text + "\"";
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
