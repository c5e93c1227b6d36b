package dev.chinaai.kg.server.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The query editor's Content-Security-Policy allows exactly the style element
 * the vendored YASGUI adds (its table's column resizer), by the hash of its
 * text in the vendored file, and nothing else beyond the site's policy.
 */
class EditorPolicyTest {

    @Test
    void theOneAllowedStyleIsTheOneInTheVendoredYasgui() throws Exception {
        String js = Files.readString(Path.of("src/main/resources/static/vendor/yasgui/yasgui.min.js"));
        String call = "createStyle(a,`";
        int start = js.indexOf(call);
        assertTrue(start > 0, "the column resizer's style is in the vendored YASGUI");
        String css = js.substring(start + call.length(), js.indexOf('`', start + call.length()));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertTrue(SecurityHeaders.EDITOR_CSP.contains("style-src 'self' 'sha256-" + hash + "';"),
                "EDITOR_CSP allows sha256-" + hash + " (update it after refreshing YASGUI): " + SecurityHeaders.EDITOR_CSP);
        assertEquals(SecurityHeaders.CSP, SecurityHeaders.EDITOR_CSP.replace(" 'sha256-" + hash + "'", ""),
                "nothing else differs from the site's policy");
        assertTrue(!SecurityHeaders.EDITOR_CSP.contains("unsafe"), SecurityHeaders.EDITOR_CSP);
    }
}
