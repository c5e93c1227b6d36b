package dev.chinaai.kg.server;

import dev.chinaai.kg.graph.IriBase;
import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/** Turtle, N-Triples and RDF/XML documents, written by Jena in the format the {@link Format} names. */
final class RdfWriters {
    private RdfWriters() {
    }

    static byte[] write(Graph g, Format f, IriBase base) {
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(withPrefixes::add);
        ResourceRoute.prefixes(base).forEach(withPrefixes.getPrefixMapping()::setNsPrefix);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(withPrefixes).format(f.rdf).output(out);
        return out.toByteArray();
    }
}
