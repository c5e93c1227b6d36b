package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's path in headless Chromium (Debian's chromium and chromium-driver,
 * which {@code .ci/run} installs; the Maven profile {@code browser} runs this
 * test when /usr/bin/chromedriver exists): landing page, search "DeepSeek",
 * the entity page, the highlighted quote; then the query editor runs a query from its address.
 */
class PagesBrowserTest {

    static WebDriver browser(Path profile) {
        return browser(profile, null);
    }

    static WebDriver browser(Path profile, LoggingPreferences logs) {
        ChromeOptions options = new ChromeOptions();
        if (logs != null) {
            options.setCapability("goog:loggingPrefs", logs);
        }
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void searchOpenEntityAndSeeTheHighlightedQuote() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        RunningServer s = RunningServer.onFreePort();
        WebDriver driver = null;
        try {
            driver = browser(profile);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(s.base);
            WebElement box = driver.findElement(By.id("q"));
            box.sendKeys("DeepSeek", Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/search?q=DeepSeek"));
            WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href$='/id/deepseek.html']")));
            hit.click();
            wait.until(ExpectedConditions.urlToBe(s.base + "id/deepseek.html"));
            assertEquals("DeepSeek", driver.findElement(By.tagName("h1")).getText());
            List<WebElement> marks = driver.findElements(By.cssSelector("blockquote.quote mark"));
            assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Dort befindet sich auch der Stammsitz von Deepseek.")),
                    "the quote behind 'headquarters: Hangzhou' is shown highlighted");
            String background = marks.get(0).getCssValue("background-color");
            assertTrue(!background.equals("rgba(0, 0, 0, 0)"), "the highlight is visible: " + background);

            driver.get(s.base + "query?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20a%20cai%3AClaim%20%7D");
            // The query editor (YASQE) takes the query from the address; its run button sends it.
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#editor .yasqe_queryButton"))).click();
            WebElement cell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table tbody tr td:last-child")));
            // YASR writes a typed literal as "167"^^xsd:integer.
            int claims = Integer.parseInt(cell.getText().replaceFirst("^\"?(\\d+)\"?.*$", "$1"));
            assertTrue(claims > 100, "claims counted in the results table: " + cell.getText());
        } finally {
            if (driver != null) {
                driver.quit();
            }
            s.close();
        }
    }
}
