package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim IRIs that the second reading of the seeds removed keep answering: a
 * claim whose statement lives on in another claim answers 301 to it (the
 * successor says {@code dcterms:replaces}); a claim that had no ground (page
 * furniture) answers 410 Gone with the reason, never 404, so a link from
 * outside learns the difference between "moved", "withdrawn" and "never was".
 */
class WithdrawnClaimTest extends ServerTestBase {

    @Test
    void aRemovedClaimWithASuccessorRedirectsPermanently() {
        for (String suffix : List.of("", ".ttl", ".html")) {
            HttpResponse<String> r = s.get("claim/a000-brain-drain-teaser" + suffix);
            assertEquals(301, r.statusCode(), "claim/a000-brain-drain-teaser" + suffix + ": " + r.body());
            assertEquals(s.base + "claim/a000-brain-drain-debate" + suffix, r.headers().firstValue("Location").orElse(""));
        }
        HttpResponse<String> successor = s.get("claim/a000-brain-drain-debate.ttl");
        assertEquals(200, successor.statusCode());
        assertTrue(successor.body().contains("a000-brain-drain-teaser"), "the successor names what it replaces: " + successor.body());
    }

    @Test
    void aWithdrawnClaimIsGoneWithItsReason() {
        for (String suffix : List.of("", ".ttl", ".jsonld")) {
            HttpResponse<String> r = s.get("claim/a004-west-bund-ai-firms" + suffix);
            assertEquals(410, r.statusCode(), "claim/a004-west-bund-ai-firms" + suffix + ": " + r.body());
            assertTrue(r.body().contains("caption"), "the answer says why: " + r.body());
            assertEquals(1, r.body().strip().lines().count(), "one line, no stack trace: " + r.body());
        }
    }

    @Test
    void everyRemovedClaimOfTheSecondReadingAnswers301Or410() {
        List<String> removed = List.of("a000-brain-drain-teaser", "a000-caption-us-call", "a003-title-boom-shattered",
                "a004-ai-revolution-from-hangzhou", "a004-chipmaking-weakness", "a004-huge-potential-big-problem",
                "a004-three-factors-drive-ai", "a004-universities-key-drivers", "a004-west-bund-ai-firms");
        for (String id : removed) {
            int status = s.get("claim/" + id).statusCode();
            assertTrue(status == 301 || status == 410, "claim/" + id + " answers " + status);
        }
        assertEquals(404, s.get("claim/a004-never-was").statusCode(), "a claim id nobody published stays unknown");
    }
}
