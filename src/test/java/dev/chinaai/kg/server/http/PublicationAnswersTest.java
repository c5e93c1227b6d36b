package dev.chinaai.kg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Pages computed from what a client asks (search words) are rendered once per
 * key, and the memory they hold stays within its bound however many different
 * words are asked for; so do the documents of the graph's resources, however
 * many of them a crawler dereferences.
 */
class PublicationAnswersTest {
    private static Publication publication() {
        DatasetGraph data = TestGraph.dataset();
        return new Publication(TestGraph.LAYOUT, data, IriBase.CANONICAL, "/sparql", 0);
    }

    @Test
    void theSameKeyIsRenderedOnce() {
        Publication pub = publication();
        AtomicInteger renders = new AtomicInteger();
        Rendered first = pub.answer("search\u0000Chip", () -> {
            renders.incrementAndGet();
            return Rendered.of("text/html; charset=utf-8", "<p>Chip</p>");
        });
        Rendered again = pub.answer("search\u0000Chip", () -> {
            renders.incrementAndGet();
            return Rendered.of("text/html; charset=utf-8", "<p>other</p>");
        });
        assertSame(first, again);
        assertEquals(1, renders.get());
    }

    @Test
    void manyDifferentKeysStayWithinTheBound() {
        Publication pub = publication();
        byte[] page = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
            pub.answer("search\u0000word" + i, () -> Rendered.of("text/html; charset=utf-8", page));
        }
        long held = pub.renderings().answersHeld();
        assertTrue(held > 0 && held * page.length <= Renderings.ANSWER_BYTES,
                held + " pages of 1 MiB held, bound " + Renderings.ANSWER_BYTES + " bytes");
    }

    @Test
    void renderedResourcesStayWithinTheirBound() {
        Publication pub = publication();
        byte[] document = new byte[1 << 20];
        long asMany = 2 * Renderings.RENDERED_BYTES / document.length;
        for (int i = 0; i < asMany; i++) {
            pub.cached("/id/entity-" + i + ".ttl", () -> Rendered.of("text/turtle", document));
        }
        long held = pub.renderings().renderedHeld();
        assertTrue(held > 0 && held * document.length <= Renderings.RENDERED_BYTES,
                held + " documents of 1 MiB held of " + asMany + " rendered, bound " + Renderings.RENDERED_BYTES + " bytes");
    }
}
