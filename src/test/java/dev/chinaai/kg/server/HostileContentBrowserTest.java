package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The hostile fixture graph in headless Chromium: pages show the hostile text
 * as text, no dialog opens, no injected element exists, and the javascript:
 * IRI is not a link (runs in the "browser" profile).
 */
class HostileContentBrowserTest {

    @Test
    void hostileTextRendersInert() throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        KgServer server = KgServer.start(TestGraph.LAYOUT, HostileContent.dataset(), IriBase.CANONICAL,
                ServerOptions.defaults().withPort(0), new PrintWriter(new StringWriter()));
        WebDriver driver = null;
        try {
            driver = PagesBrowserTest.browser(profile);
            for (String path : new String[] {"id/deepseek.html", "id/evil.html", "search?q=alert"}) {
                driver.get(server.base() + path);
                WebDriver d = driver;
                assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert(), path + " opened a dialog");
                assertEquals(0, driver.findElements(By.cssSelector("main img, main script")).size(), path);
                List<WebElement> links = driver.findElements(By.cssSelector("a[href^='javascript:']"));
                assertTrue(links.isEmpty(), path + " links a javascript: IRI");
            }
            driver.get(server.base() + "id/deepseek.html");
            String text = driver.findElement(By.tagName("main")).getText();
            assertTrue(text.contains(HostileContent.SCRIPT), "the script text is shown as text");
            assertTrue(text.contains(HostileContent.JS_IRI), "the javascript: IRI is shown as text");
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.close();
        }
    }
}
