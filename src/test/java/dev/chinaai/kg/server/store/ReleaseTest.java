package dev.chinaai.kg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.diagnostics.KgException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/** The release id: the same for the same quads in any order, different for any changed quad; given ids are checked. */
class ReleaseTest {
    private static List<Quad> quads() {
        List<Quad> q = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            q.add(SSE.parseQuad("(<http://g/" + i % 3 + "> <http://s/" + i + "> <http://p> \"v" + i + "\"@de)"));
        }
        return q;
    }

    @Test
    void theSameQuadsInAnyOrderAreOneRelease() {
        List<Quad> shuffled = quads();
        Collections.shuffle(shuffled, new java.util.Random(7));
        Release a = Release.of(quads().iterator());
        assertEquals(a, Release.of(shuffled.iterator()));
        assertEquals(50, a.quads());
        assertTrue(a.id().matches("c[0-9a-f]{16}"), a.id());
    }

    @Test
    void eachNodeIsDigestedAsItsNTriplesForm() {
        for (String iri : List.of("http://localhost:3030/id/deepseek", "http://example.org/a b", "http://example.org/x|y",
                "http://example.org/\u00e4\u4e2d", "http://example.org/q\"<>{}^`\\", "http://example.org/tab\t")) {
            var n = NodeFactory.createURI(iri);
            assertEquals(NodeFmtLib.strNT(n), new String(Release.text(n), StandardCharsets.UTF_8), iri);
        }
        var lit = NodeFactory.createLiteralLang("Sanktion \"x\"", "de");
        assertEquals(NodeFmtLib.strNT(lit), new String(Release.text(lit), StandardCharsets.UTF_8));
    }

    @Test
    void oneChangedLiteralIsAnotherRelease() {
        List<Quad> changed = quads();
        Quad q = changed.get(17);
        changed.set(17, Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralLang("v17", "en")));
        assertNotEquals(Release.of(quads().iterator()).id(), Release.of(changed.iterator()).id());
    }

    @Test
    void aGivenIdMustBeAToken() {
        assertEquals("2026.11-rc_1", Release.of(quads().iterator()).named("2026.11-rc_1").id());
        KgException e = assertThrows(KgException.class, () -> Release.checked("v1\"; x"));
        assertTrue(e.getMessage().startsWith("--release v1\"; x: a release id is"), e.getMessage());
        assertThrows(KgException.class, () -> Release.checked(""));
    }
}
