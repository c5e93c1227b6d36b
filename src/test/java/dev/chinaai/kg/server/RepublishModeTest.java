package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
import org.junit.jupiter.api.Test;

/**
 * A watching server rebuilds from the whole articles; what it swaps in is
 * published in the source-text mode it started with. It used to swap in the
 * whole articles, so `serve --watch` republished press texts in full after the
 * first saved change.
 */
class RepublishModeTest {
    @Test
    void aRebuiltGraphIsPublishedInTheModeTheServerStartedWith() {
        try (RunningServer s = RunningServer.onFreePort(SourceTextMode.CONTEXT)) {
            String before = s.get("id/deepseek.ttl").headers().firstValue(Router.RELEASE_HEADER).orElseThrow();
            s.server.republish(TestGraph.dataset(), IriBase.CANONICAL);
            assertEquals(SourceTextMode.CONTEXT, s.server.publication().sourceTextMode());
            String voidTtl = s.get(".well-known/void", "Accept", "text/turtle").body();
            assertTrue(voidTtl.contains("(source-text mode 'context')"), voidTtl);
            assertEquals(before, s.get("id/deepseek.ttl").headers().firstValue(Router.RELEASE_HEADER).orElseThrow(),
                    "the same articles in the same mode are the same graph");
        }
    }
}
