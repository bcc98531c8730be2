package fr.ctgportal.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (test tools that download their
 * own browser cannot work here), with the flags that keep it off the closed network.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path screenshots;
    private final WebDriverWait wait;

    Browser(Path workDir) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-");
            screenshots = Files.createDirectories(workDir.resolve("screenshots"));
            service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort().withLogFile(workDir.resolve("chromedriver.log").toFile()).build();
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=fr-FR", "--accept-lang=fr-FR,fr",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
            // the console's messages, for the Content-Security-Policy's refusals (policyViolations())
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            // A page replaced while an element is read (a redirect after a form): look again, until the timeout.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.ignoring(org.openqa.selenium.WebDriverException.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Signs in on Keycloak's real login page, which the portal redirected to. */
    void signIn(String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * @return the value of the field, read again if an Ajax update replaced it while it was read (a
     *     message and the field it belongs to are rendered one after the other)
     */
    String valueOf(By by) {
        return wait.until(d -> {
            WebElement field = d.findElement(by);
            return field.isDisplayed() ? field.getAttribute("value") : null;
        });
    }

    /** @return the value of the index-th field found by {@code by}, read as {@link #valueOf(By)} does */
    String valueOf(By by, int index) {
        return wait.until(d -> {
            List<WebElement> fields = d.findElements(by);
            return fields.size() > index ? fields.get(index).getAttribute("value") : null;
        });
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    String heading() {
        return textOf(By.tagName("h1"));
    }

    /**
     * @return the text of the element, once visible, read again if the page or an Ajax update replaced it
     *     while it was read (a page loading after a click)
     */
    String textOf(By by) {
        return wait.until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    String pageText() {
        return textOf(By.tagName("body"));
    }

    /**
     * @return what the console said about the Content-Security-Policy since the last call: a script,
     *     a style or a handler of a page that the policy refused (the page then silently misses it)
     */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
