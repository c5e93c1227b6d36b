package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query editor in headless Chromium: a gallery example runs and its answer
 * (the one {@code PublicQuestionsTest} expects) fills YASR's table, the address
 * then holds the query, the chart view draws a bar per row, class completion
 * offers our ontology's classes, the keyboard can leave the editor, and
 * nothing is asked of another server.
 */
class EditorBrowserTest extends ServerTestBase {

    /** Opens the editor and waits until YASQE is on the page. */
    private static WebDriverWait openEditor(BrowserSession b) {
        WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(20));
        b.load(s.base + "query");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editor .CodeMirror")));
        return wait;
    }

    @Test
    void galleryExampleRunsAndShowsItsTable() throws Exception {
        try (BrowserSession b = new BrowserSession()) {
            WebDriverWait wait = openEditor(b);
            WebElement example = b.driver.findElement(By.cssSelector("a[data-example='16-models-developed-by-deepseek']"));
            assertEquals("Which models did DeepSeek develop?", example.getText());
            example.click();
            wait.until(d -> d.findElements(By.cssSelector("#results table tbody tr")).size() == 2);
            String table = b.driver.findElement(By.cssSelector("#results table tbody")).getText();
            assertTrue(table.contains("deepseek-r1") && table.contains("deepseek-v3"), table);

            assertEquals(List.of(), AccessibilityBrowserTest.serious(b.axeViolations()), "the editor with its results table");

            String query = URLDecoder.decode(URI.create(b.driver.getCurrentUrl()).getRawQuery().substring("query=".length()),
                    StandardCharsets.UTF_8);
            assertTrue(query.startsWith("# Which models did DeepSeek develop?") && query.contains("cai:developer id:deepseek"),
                    "the address holds the query: " + query);
            b.driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editor .CodeMirror")));
            assertTrue(editorText(b).contains("cai:developer id:deepseek"), "the link reproduces the query");

            List<String> refused = b.console().stream().filter(m -> m.contains("Content Security Policy")).toList();
            assertEquals(List.of(), refused, "the editor works under the strict Content-Security-Policy");
            List<BrowserSession.Request> outside = b.requests().stream().filter(r -> !BrowserSession.local(r.url())).toList();
            assertEquals(List.of(), outside, "the editor asks no other server");
        }
    }

    @Test
    void chartAndCompletionComeFromOurData() throws Exception {
        try (BrowserSession b = new BrowserSession()) {
            WebDriverWait wait = openEditor(b);
            b.driver.findElement(By.cssSelector("a[data-example='36-claims-per-article']")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#results table tbody tr")).isEmpty());
            b.driver.findElement(By.xpath("//button[.//span[text()='Chart']]")).click();
            int bars = wait.until(d -> {
                int n = d.findElements(By.cssSelector("svg.kg-chart rect")).size();
                return n > 0 ? n : null;
            });
            assertTrue(bars >= 5, "a bar per article: " + bars);

            b.driver.findElement(By.cssSelector("#editor .CodeMirror")).click();
            assertEquals("SPARQL query", b.driver.switchTo().activeElement().getAttribute("aria-label"), "typing goes to the editor");
            new Actions(b.driver).sendKeys(Keys.ESCAPE).sendKeys(Keys.TAB).perform();
            assertTrue(!"SPARQL query".equals(b.driver.switchTo().activeElement().getAttribute("aria-label")),
                    "Esc then Tab leaves the editor (no keyboard trap)");
            b.driver.executeScript("document.querySelector('#editor .CodeMirror').CodeMirror.setValue("
                    + "'PREFIX cai: <ontology#>\\nSELECT * WHERE { ?x a cai:Org');"
                    + "var cm = document.querySelector('#editor .CodeMirror').CodeMirror; cm.focus(); cm.setCursor(cm.lineCount(), 0);");
            new Actions(b.driver).keyDown(Keys.CONTROL).sendKeys(Keys.SPACE).keyUp(Keys.CONTROL).perform();
            String hints = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".CodeMirror-hints"))).getText();
            assertTrue(hints.contains("cai:Organization"), "completion offers our classes: " + hints);
        }
    }

    private static String editorText(BrowserSession b) {
        return (String) b.driver.executeScript("return document.querySelector('#editor .CodeMirror').CodeMirror.getValue();");
    }
}
