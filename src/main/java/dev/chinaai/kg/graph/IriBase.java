package dev.chinaai.kg.graph;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.vocab.CAI;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The base IRI a graph is published under. Everything is minted under the
 * canonical base {@link CAI#BASE}; publishing under another base (a real
 * domain, or another host and port) rewrites every IRI that starts with it,
 * and every literal that holds such an IRI.
 */
public record IriBase(String iri) {

    public static final IriBase CANONICAL = new IriBase(CAI.BASE);

    public IriBase {
        if (iri == null || !iri.endsWith("/")) {
            throw new KgException("base IRI '" + iri + "' must end with '/', e.g. https://example.org/china-ai/");
        }
        try {
            URI u = new URI(iri);
            if (!u.isAbsolute() || u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new KgException("base IRI '" + iri + "' must be an absolute http(s) IRI with a host");
            }
        } catch (URISyntaxException e) {
            throw new KgException("base IRI '" + iri + "' is not a valid IRI: " + e.getMessage(), e);
        }
    }

    public boolean isCanonical() {
        return iri.equals(CAI.BASE);
    }

    /** The ontology namespace under this base. */
    public String ontologyNamespace() {
        return iri + "ontology#";
    }

    /** Rewrites every IRI under {@code from} to this base; returns the same dataset when nothing changes. */
    public DatasetGraph rewrite(DatasetGraph source, IriBase from) {
        if (from.iri.equals(iri)) {
            return source;
        }
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        source.find().forEachRemaining(q -> out.add(new Quad(map(q.getGraph(), from), map(q.getSubject(), from),
                map(q.getPredicate(), from), map(q.getObject(), from))));
        source.prefixes().forEach((p, u) -> out.prefixes().add(p, u.startsWith(from.iri) ? iri + u.substring(from.iri.length()) : u));
        return out;
    }

    /** Rewrites every IRI under {@code from} to this base; returns the same graph when nothing changes. */
    public Graph rewrite(Graph source, IriBase from) {
        if (from.iri.equals(iri)) {
            return source;
        }
        Graph out = GraphFactory.createDefaultGraph();
        source.find().forEachRemaining(t -> out.add(Triple.create(map(t.getSubject(), from), map(t.getPredicate(), from),
                map(t.getObject(), from))));
        return out;
    }

    /**
     * An IRI under {@code from}, or a literal that holds one (an xsd:anyURI or a
     * plain string starting with the base, such as the namespace of a SHACL
     * sh:declare): left alone, a literal would keep pointing at the old base and
     * silently switch off the SPARQL constraints that use it.
     */
    private Node map(Node n, IriBase from) {
        if (n.isURI() && n.getURI().startsWith(from.iri)) {
            return NodeFactory.createURI(iri + n.getURI().substring(from.iri.length()));
        }
        if (n.isLiteral() && n.getLiteralLexicalForm().startsWith(from.iri)
                && (XSDDatatype.XSDanyURI.equals(n.getLiteralDatatype()) || XSDDatatype.XSDstring.equals(n.getLiteralDatatype()))) {
            return NodeFactory.createLiteralDT(iri + n.getLiteralLexicalForm().substring(from.iri.length()),
                    n.getLiteralDatatype());
        }
        return n;
    }
}
