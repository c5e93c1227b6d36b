package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.Prefixes;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Turtle, N-Triples, RDF/XML, N-Quads and TriG documents, written by Jena in the format the
 * {@link Format} names; and the negotiated answer for documents that exist
 * only as RDF (VoID, the service description).
 */
public final class RdfWriters {
    private RdfWriters() {
    }

    /** A document (of no one resource) in the format, abbreviated with its own and the publication's prefixes. */
    public static byte[] write(Graph g, Format f, IriBase base) {
        return write(g, Node.ANY, f, base);
    }

    /**
     * The document of a resource, as {@link #write(Graph, Format, IriBase)}
     * writes it but with the resource's own statements first (see {@link DocumentView};
     * {@code Node.ANY}: no resource).
     */
    public static byte[] write(Graph g, Node resource, Format f, IriBase base) {
        Graph doc = new DocumentView(g, prefixMapping(g, true, base), resource);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (f.quads()) {
            RDFWriter.source(DatasetGraphFactory.wrap(doc)).format(f.rdf).output(out);
        } else {
            RDFWriter.source(doc).format(f.rdf).output(out);
        }
        return out.toByteArray();
    }

    /** A document with named graphs (N-Quads or TriG), abbreviated with the publication's prefixes. */
    public static byte[] write(DatasetGraph d, Format f, IriBase base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        prefixes(base).forEach(d.prefixes()::add);
        RDFWriter.source(d).format(f.rdf).output(out);
        return out.toByteArray();
    }

    /**
     * The document seen with the publication's prefixes (and, if asked, the
     * document's own), so that writers abbreviate IRIs; the document itself is
     * left as it is. A view, not a copy: copying every triple of a document
     * into a new graph was an eighth of a dereference's time at 1000x.
     */
    static Graph withPrefixes(Graph g, boolean keepOwn, IriBase base) {
        return new DocumentView(g, prefixMapping(g, keepOwn, base), Node.ANY);
    }

    private static PrefixMapping prefixMapping(Graph g, boolean keepOwn, IriBase base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        if (keepOwn) {
            pm.setNsPrefixes(g.getPrefixMapping());
        }
        prefixes(base).forEach(pm::setNsPrefix);
        return pm.lock();
    }

    /**
     * Answers with an RDF-only document in the format the Accept header asks
     * for (Turtle when it asks for HTML or nothing), rendered once per format.
     */
    public static void negotiated(Publication pub, String key, Supplier<Graph> document, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Format f;
        try {
            Optional<Format> chosen = Format.negotiate(request.getHeader("Accept"));
            f = chosen.filter(x -> x != Format.HTML).orElse(Format.TURTLE);
        } catch (Format.MalformedAccept e) {
            Responses.plain(response, 400, e.getMessage());
            return;
        }
        Format chosen = f;
        response.setHeader("Vary", "Accept");
        Rendered r = pub.cached(key + "." + f.suffix, () -> chosen == Format.JSONLD
                ? Rendered.of(chosen.contentType(), JsonLdWriter.write(pub, document.get()))
                : Rendered.of(chosen.contentType(), write(document.get(), chosen, pub.base())));
        Responses.cached(request, response, r, pub);
    }

    /** The prefixes of documents, including the shapes namespace. */
    public static Map<String, String> prefixes(IriBase base) {
        Map<String, String> m = Prefixes.standard(base);
        m.put("sh", "http://www.w3.org/ns/shacl#");
        m.put("shapes", base.iri() + "shapes#");
        return m;
    }
}
