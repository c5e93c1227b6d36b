package dev.chinaai.kg.server;

import dev.chinaai.kg.TestGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;

/** The real graph plus literals and IRIs that would run script if a page did not escape them, and a non-ASCII IRI. */
final class HostileContent {
    static final String ID = "http://localhost:3030/id/";
    static final String SCRIPT = "<script>alert('label')</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert('attr')>";
    static final String RLO = "\u202Egnp.exe";
    static final String JS_IRI = "javascript:alert('iri')";

    private HostileContent() {
    }

    static DatasetGraph dataset() {
        DatasetGraph d = DatasetGraphFactory.create();
        TestGraph.dataset().find().forEachRemaining(d::add);
        Node g = NodeFactory.createURI("http://localhost:3030/graph/hostile");
        Node deepseek = NodeFactory.createURI(ID + "deepseek");
        Node description = NodeFactory.createURI("http://localhost:3030/ontology#description");
        d.add(g, deepseek, description, NodeFactory.createLiteralLang(SCRIPT, "en"));
        d.add(g, deepseek, description, NodeFactory.createLiteralLang(BREAKOUT, "en"));
        d.add(g, deepseek, description, NodeFactory.createLiteralLang(RLO, "en"));
        d.add(g, deepseek, RDFS.seeAlso.asNode(), NodeFactory.createURI(JS_IRI));
        Node evil = NodeFactory.createURI(ID + "evil");
        d.add(g, evil, RDFS.label.asNode(), NodeFactory.createLiteralLang(SCRIPT + BREAKOUT, "en"));
        d.add(g, evil, RDFS.seeAlso.asNode(), deepseek);
        // An IRI with non-ASCII characters, to dereference percent-encoded.
        d.add(g, NodeFactory.createURI(ID + "zürich-straße"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Zürich", "de"));
        return d;
    }
}
