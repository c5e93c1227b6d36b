package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Looking at the graph in headless Chromium (Debian's, as {@link PagesBrowserTest}): the timeline's filter, its
 * intervals and exact days, the neighbourhood picture of DeepSeek, the debates and the article legend. Expected
 * numbers come from the server's own SPARQL endpoint.
 */
class ExploreBrowserTest {

    @Test
    void timelineGraphDebatesAndLegendInARealBrowser() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        RunningServer s = RunningServer.onFreePort();
        WebDriver driver = null;
        try {
            driver = PagesBrowserTest.browser(profile);
            driver.manage().window().setSize(new Dimension(1400, 1000));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            timeline(s, driver);
            graph(s, driver, wait);
            debates(s, driver);
            legend(s, driver);
        } finally {
            if (driver != null) {
                driver.quit();
            }
            s.close();
        }
    }

    private static void timeline(RunningServer s, WebDriver driver) {
        driver.get(s.base);
        driver.findElement(By.linkText("Timeline")).click();
        int all = driver.findElements(By.cssSelector(".tl-item")).size();
        assertEquals(all, visible(driver, ".tl-item"), "unfiltered, every item shows");
        new Select(driver.findElement(By.id("tl-entity"))).selectByValue("id/deepseek");
        int expected = ExplorePagesTest.count(s, ExplorePagesTest.timedInvolving(s.base + "id/deepseek"));
        assertEquals(expected, visible(driver, ".tl-item"), "items that involve DeepSeek");
        assertTrue(expected < all);
        assertEquals(expected + " of " + all + " items", driver.findElement(By.id("tl-count")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("timeline?entity=id%2Fdeepseek"), driver.getCurrentUrl());
        new Select(driver.findElement(By.id("tl-entity"))).selectByValue("");

        WebElement interval = row(driver, "Frühsommer 2025").findElement(By.cssSelector("rect.interval"));
        WebElement exact = row(driver, "Am 5. September").findElement(By.cssSelector("circle.exact"));
        assertNotEquals("none", interval.getCssValue("stroke-dasharray"), "an interval is dashed");
        assertEquals("none", exact.getCssValue("stroke-dasharray"), "an exact day is not");
        assertTrue(interval.getRect().getWidth() > 2 * exact.getRect().getWidth(), "the year 2025 is wider than a day's dot");

        WebElement item = row(driver, "Am 5. September");
        WebElement tip = item.findElement(By.cssSelector(".tip"));
        assertFalse(tip.isDisplayed());
        item.findElement(By.cssSelector(".tl-label a")).sendKeys("");
        assertTrue(tip.isDisplayed(), "focus shows the quote");
        assertTrue(tip.getText().contains("5. September"), tip.getText());
    }

    private static WebElement row(WebDriver driver, String words) {
        return driver.findElements(By.cssSelector(".tl-item")).stream()
                .filter(r -> r.findElement(By.cssSelector(".when")).getText().startsWith(words)).findFirst().orElseThrow();
    }

    /** How many of the elements the browser lays out (one script call, not one round trip per element). */
    private static int visible(WebDriver driver, String css) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0).length", css)).intValue();
    }

    private static void graph(RunningServer s, WebDriver driver, WebDriverWait wait) {
        driver.get(s.base + "id/deepseek.html");
        List<WebElement> nodes = driver.findElements(By.cssSelector("figure.nbh a.node"));
        List<String> names = nodes.stream().map(n -> n.findElement(By.tagName("text")).getText()).toList();
        assertTrue(names.contains("Hangzhou") && names.contains("Liang Wenfeng"), names.toString());
        WebElement hangzhou = nodes.get(names.indexOf("Hangzhou"));
        assertTrue(hangzhou.isDisplayed());
        hangzhou.findElement(By.tagName("circle")).click();
        wait.until(ExpectedConditions.urlToBe(s.base + "id/hangzhou.html"));
        assertEquals("Hangzhou", driver.findElement(By.tagName("h1")).getText());
    }

    private static void debates(RunningServer s, WebDriver driver) {
        driver.get(s.base);
        driver.findElement(By.linkText("Debates")).click();
        WebElement link = driver.findElement(By.cssSelector(".claimlink.contradicts"));
        assertFalse(link.findElement(By.cssSelector(".note")).getText().isBlank(), "the curator's note is shown");
        WebElement before = link.findElement(By.xpath("preceding-sibling::article[1]"));
        WebElement after = link.findElement(By.xpath("following-sibling::article[1]"));
        for (WebElement claim : List.of(before, after)) {
            assertTrue(claim.isDisplayed());
            assertFalse(claim.findElement(By.cssSelector("blockquote.de")).getText().isBlank(), "German quote");
            assertFalse(claim.findElement(By.cssSelector("blockquote.en")).getText().isBlank(), "English rendering");
        }
        String de = before.findElement(By.cssSelector("blockquote.de")).getText();
        String from = link.getAttribute("data-from");
        String to = link.getAttribute("data-to");
        String original = ExplorePagesTest.csv(s, "PREFIX cai: <ontology#>\nSELECT (COUNT(*) AS ?n) WHERE { VALUES ?c { <" + from + "> <"
                + to + "> } ?c cai:originalText ?o FILTER(STR(?o) = \"" + de.replace("\\", "\\\\").replace("\"", "\\\"") + "\") }").get(0).get(0);
        assertEquals("1", original, "the quote beside the link is one of the two contradicting claims");
    }

    private static void legend(RunningServer s, WebDriver driver) {
        driver.get(s.base + "id/article-004.html");
        WebElement deepseek = driver.findElement(By.cssSelector("button.ent[data-entity='id/deepseek']"));
        assertEquals(0, driver.findElements(By.cssSelector("a.hl.chosen")).size());
        deepseek.click();
        assertEquals("true", deepseek.getAttribute("aria-pressed"));
        List<WebElement> chosen = driver.findElements(By.cssSelector("a.hl.chosen"));
        assertFalse(chosen.isEmpty());
        for (WebElement a : chosen) {
            assertTrue(List.of(a.getAttribute("data-m").split(" ")).contains("id/deepseek"));
        }
        assertNotEquals(chosen.get(0).getCssValue("background-color"),
                driver.findElement(By.cssSelector("a.hl:not(.chosen)")).getCssValue("background-color"), "chosen excerpts stand out");
        WebElement hq = driver.findElement(By.cssSelector("a.hl[href$='deepseek-hq-hangzhou.html']"));
        WebElement tip = driver.findElement(By.id(hq.getAttribute("aria-describedby")));
        hq.sendKeys("");
        assertTrue(tip.isDisplayed() && tip.getText().contains("DeepSeek · headquarters · Hangzhou"), tip.getText());
    }
}
