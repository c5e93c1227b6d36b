package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the browser tests count as a request that leaves the machine. */
class BrowserSessionTest {
    @Test
    void onlyNetworkRequestsToOtherHostsLeaveTheMachine() {
        for (String url : List.of("http://localhost:3030/id/deepseek", "https://127.0.0.1:8443/x", "ws://[::1]:3030/",
                "data:image/svg+xml,<svg/>", "blob:http://localhost:3030/1", "about:blank",
                "chrome://favicon2/?size=24&pageUrl=https%3A%2F%2Fchrome.google.com%2Fwebstore",
                "chrome://resources/images/add.svg")) {
            assertTrue(BrowserSession.local(url), url);
        }
        for (String url : List.of("http://example.org/", "HTTPS://cdn.jsdelivr.net/npm/x.js", "wss://example.org/s",
                "ftp://example.org/f", "http://192.168.1.2/")) {
            assertFalse(BrowserSession.local(url), url);
        }
    }
}
