package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page ({@link PageKinds}) in headless Chromium, loaded with an
 * empty cache: axe-core finds no serious or critical violation of WCAG 2.1 A/AA;
 * the page with everything it loads stays under 150 KB on the wire (the query
 * editor excepted: it carries YASGUI), as Chromium's performance log counts the
 * bytes; and no request leaves the machine.
 */
class AccessibilityBrowserTest {
    static final long MAX_BYTES = 150 * 1024;

    @Test
    void everyKindOfPageIsAccessibleLightAndLocal() throws Exception {
        RunningServer s = RunningServer.onFreePort();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try (BrowserSession b = new BrowserSession()) {
            for (Map.Entry<String, String> kind : PageKinds.ALL.entrySet()) {
                List<BrowserSession.Request> requests = b.load(s.base + kind.getValue());
                long bytes = requests.stream().mapToLong(r -> Math.max(0, r.transferred())).sum();
                requests.stream().filter(r -> !BrowserSession.local(r.url()))
                        .forEach(r -> failures.add(kind.getKey() + ": request leaves the machine: " + r.url()));
                if (!kind.getKey().equals(PageKinds.HEAVY) && bytes > MAX_BYTES) {
                    failures.add(kind.getKey() + ": " + bytes + " bytes transferred, more than " + MAX_BYTES);
                }
                List<String> serious = serious(b.axeViolations());
                serious.forEach(v -> failures.add(kind.getKey() + ": " + v));
                report.append(String.format("%-13s %7d bytes, %d requests, %d serious/critical axe violations%n",
                        kind.getKey(), bytes, requests.size(), serious.size()));
            }
        } finally {
            s.close();
        }
        System.out.print(report);
        assertEquals(List.of(), failures, report.toString());
    }

    /** The serious and critical violations in axe's JSON, one line each: rule, impact and the first elements. */
    static List<String> serious(String violations) {
        assertTrue(violations.startsWith("["), "axe ran: " + violations);
        List<String> out = new ArrayList<>();
        for (JsonElement v : JsonParser.parseString(violations).getAsJsonArray()) {
            String impact = v.getAsJsonObject().get("impact").getAsString();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.getAsJsonObject().getAsJsonArray("nodes").forEach(n -> targets.add(n.getAsJsonObject().get("target").toString()));
                out.add(v.getAsJsonObject().get("id").getAsString() + " (" + impact + ") at "
                        + targets.subList(0, Math.min(3, targets.size())));
            }
        }
        return out;
    }
}
