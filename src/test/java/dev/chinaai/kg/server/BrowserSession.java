package dev.chinaai.kg.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium with its performance log on: what the page asked
 * for over the network (every request's URL, and the bytes each response took
 * on the wire, as Chromium's {@code Network.loadingFinished} counts them:
 * headers and body as transferred, compressed when the server compressed) and
 * what it wrote to the console. Also runs axe-core, vendored under
 * {@code src/test/resources/vendor/axe-core/}, in the page.
 */
final class BrowserSession implements AutoCloseable {
    /** The schemes whose requests go over the network (see {@link #local}). */
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

    final ChromeDriver driver;
    private final Path profile;

    /** One request the page made: its URL and the bytes it took on the wire (-1 if it never finished). */
    record Request(String url, long transferred) {
    }

    BrowserSession() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        driver = (ChromeDriver) PagesBrowserTest.browser(profile, logs);
    }

    /** Loads a page with an empty cache, so that everything it needs is counted. */
    List<Request> load(String url) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        requests();
        driver.get(url);
        return requests();
    }

    /** The requests since the last call (the performance log is drained as it is read). */
    List<Request> requests() {
        Map<String, String> urls = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject m = JsonParser.parseString(e.getMessage()).getAsJsonObject().getAsJsonObject("message");
            String method = m.get("method").getAsString();
            JsonObject p = m.getAsJsonObject("params");
            if (method.equals("Network.requestWillBeSent")) {
                String id = p.get("requestId").getAsString();
                if (!urls.containsKey(id)) {
                    order.add(id);
                }
                urls.put(id, p.getAsJsonObject("request").get("url").getAsString());
            } else if (method.equals("Network.loadingFinished")) {
                sizes.put(p.get("requestId").getAsString(), (long) p.get("encodedDataLength").getAsDouble());
            }
        }
        return order.stream().map(id -> new Request(urls.get(id), sizes.getOrDefault(id, -1L))).toList();
    }

    /**
     * Whether a URL stays on this machine: only http(s), ws(s) and ftp go over
     * the network, and those to loopback stay. The browser answers the rest
     * itself (data:, blob:, about:, and chrome: for its own pages: with
     * Debian's Chromium 150 the first page's log also held the icons of its
     * new-tab page).
     */
    static boolean local(String url) {
        String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
        if (!NETWORK_SCHEMES.contains(scheme)) {
            return true;
        }
        String host = URI.create(url).getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }


    /** The console messages of the page since the last call. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** axe-core's violations in the page at WCAG 2.1 A and AA (and best practice), as its JSON. */
    String axeViolations() throws IOException {
        driver.executeScript(axeSource());
        Object json = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
        return (String) json;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = BrowserSession.class.getResourceAsStream("/vendor/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
