package dev.chinaai.kg.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/**
 * The content digest: the same for the same quads in any order and under any
 * base, different for any changed quad, so that a release written under one
 * base is recognised by a server under another.
 */
class GraphDigestTest {
    private static final String BASE = "http://g.example/";

    private static List<Quad> quads() {
        List<Quad> q = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            q.add(SSE.parseQuad("(<http://g/" + i % 3 + "> <http://s/" + i + "> <http://p> \"v" + i + "\"@de)"));
        }
        return q;
    }

    @Test
    void theSameQuadsInAnyOrderHaveOneDigest() {
        List<Quad> shuffled = quads();
        Collections.shuffle(shuffled, new java.util.Random(7));
        GraphDigest a = GraphDigest.of(quads().iterator(), BASE);
        assertEquals(a, GraphDigest.of(shuffled.iterator(), BASE));
        assertEquals(50, a.quads());
        assertTrue(GraphDigest.isDigest(a.id()), a.id());
        assertFalse(GraphDigest.isDigest("1.0"), "a version is not a digest");
    }

    @Test
    void anIriOutsideTheBaseIsDigestedAsItsNTriplesForm() {
        // The plain IRIs skip Jena's formatter; those N-Triples must escape still go through it.
        for (String iri : List.of("http://example.org/id/deepseek", "http://example.org/a b", "http://example.org/x|y",
                "http://example.org/\u00e4\u4e2d", "http://example.org/q\"<>{}^`\\", "http://example.org/tab\t")) {
            var n = NodeFactory.createURI(iri);
            assertEquals(NodeFmtLib.strNT(n), new String(GraphDigest.text(n, "http://localhost:3030/"), StandardCharsets.UTF_8),
                    iri);
        }
    }

    @Test
    void oneChangedLiteralChangesTheDigest() {
        List<Quad> changed = quads();
        Quad q = changed.get(17);
        changed.set(17, Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralLang("v17", "en")));
        assertNotEquals(GraphDigest.of(quads().iterator(), BASE).id(), GraphDigest.of(changed.iterator(), BASE).id());
    }

    @Test
    void theRealGraphHasOneDigestUnderEveryBaseAndAnotherInAnotherMode() {
        DatasetGraph canonical = TestGraph.dataset();
        IriBase other = new IriBase("https://kg.example.org/china-ai/");
        DatasetGraph moved = other.rewrite(canonical, IriBase.CANONICAL);
        GraphDigest here = GraphDigest.of(canonical.find(), IriBase.CANONICAL.iri());
        assertEquals(here, GraphDigest.of(moved.find(), other.iri()), "IRIs and IRI literals under the base are relative");
        assertNotEquals(here.id(), GraphDigest.of(moved.find(), IriBase.CANONICAL.iri()).id(),
                "read under the wrong base, it is another graph");
        DatasetGraph context = SourceTexts.apply(canonical, SourceTextMode.CONTEXT);
        assertNotEquals(here.id(), GraphDigest.of(context.find(), IriBase.CANONICAL.iri()).id(),
                "the same graph with less of the articles is another graph");
    }
}
