package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code fuseki-config/config.ttl}, read as the server's configuration. The
 * Java side changes only what must follow the command line: the ontology
 * namespace (so the text index maps the predicates of the published base), the
 * query timeout when {@code --query-timeout} is given, and the two storage
 * locations when {@code --store} is given.
 */
public final class FusekiConfigFile {
    static final String FILE = "config.ttl";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final Node CXT_NAME = NodeFactory.createURI(JA + "cxtName");
    private static final Node CXT_VALUE = NodeFactory.createURI(JA + "cxtValue");
    private static final Node TDB2_LOCATION = NodeFactory.createURI(TDB2 + "location");
    private static final Node TEXT_DIRECTORY = NodeFactory.createURI(TEXT + "directory");

    private FusekiConfigFile() {
    }

    /** The configuration graph, adjusted to the base and the options. */
    public static Graph read(ProjectLayout layout, IriBase base, ServerOptions options) {
        Path file = layout.fusekiConfig().resolve(FILE);
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/config.ttl").parse(g);
        } catch (IOException e) {
            throw new KgException(layout.display(file) + ": cannot read the Fuseki configuration: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new KgException(layout.display(file) + ": not valid Turtle: " + e.getMessage(), e);
        }
        Graph out = base.rewrite(g, IriBase.CANONICAL);
        Long timeout = options.limits().timeoutMillis();
        if (timeout != null) {
            setContext(out, "arq:queryTimeout", timeout + "," + timeout);
        }
        if (options.store() != null) {
            replaceObject(out, TDB2_LOCATION, options.store().resolve("tdb2").toAbsolutePath().toString(), file, layout);
            replaceObject(out, TEXT_DIRECTORY, options.store().resolve("lucene").toAbsolutePath().toString(), file, layout);
        }
        return out;
    }

    private static void setContext(Graph g, String name, String value) {
        List<Triple> names = g.find(Node.ANY, CXT_NAME, NodeFactory.createLiteralString(name)).toList();
        if (names.isEmpty()) {
            throw new KgException("fuseki-config/" + FILE + ": no ja:context entry named \"" + name
                    + "\" to override; add one to each query endpoint (fuseki:endpoint ... ja:context)");
        }
        for (Triple t : names) {
            g.find(t.getSubject(), CXT_VALUE, Node.ANY).toList().forEach(g::delete);
            g.add(Triple.create(t.getSubject(), CXT_VALUE, NodeFactory.createLiteralString(value)));
        }
    }

    private static void replaceObject(Graph g, Node predicate, String value, Path file, ProjectLayout layout) {
        List<Triple> ts = g.find(Node.ANY, predicate, Node.ANY).toList();
        if (ts.size() != 1) {
            throw new KgException(layout.display(file) + ": expected exactly one " + predicate.getLocalName()
                    + " (marked LOCATION) for --store, found " + ts.size());
        }
        g.delete(ts.get(0));
        g.add(Triple.create(ts.get(0).getSubject(), predicate, NodeFactory.createLiteralString(value)));
    }
}
