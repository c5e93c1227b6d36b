package dev.chinaai.kg.server;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.linkeddata.Format;
import dev.chinaai.kg.server.linkeddata.JsonLdWriter;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import dev.chinaai.kg.server.linkeddata.ResourceDocument;
import dev.chinaai.kg.server.pages.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;

/**
 * Dereferencing, after the W3C Cool URIs practice: an identifier
 * ({@code /id/deepseek}) answers {@code 303 See Other} to the document in the
 * negotiated format ({@code /id/deepseek.html}, {@code .ttl}, {@code .jsonld},
 * {@code .nt}, {@code .rdf}, and with named graphs {@code .nq}, {@code .trig}),
 * with {@code Vary: Accept}; a suffix URL is the document itself, rendered once
 * and revalidated by ETag and Last-Modified, with {@code Link} headers to its
 * other representations.
 * The ontology and the shapes are published the same way. The IRI of an
 * entity merged into another ({@code dcterms:replaces}) answers
 * {@code 301 Moved Permanently} to its successor, and so does a claim a later
 * reading replaced; a claim withdrawn without successor ({@code owl:deprecated})
 * answers {@code 410 Gone} with the reason, so links from outside keep working
 * or learn why they do not.
 */
final class ResourceRoute implements Route {
    static final List<String> PREFIXES = List.of("/id/", "/claim/", "/excerpt/", "/graph/");
    static final List<String> DOCUMENTS = List.of("/ontology", "/shapes");

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int dot = path.lastIndexOf('.');
        Optional<Format> suffix = dot > path.lastIndexOf('/') ? Format.bySuffix(path.substring(dot + 1)) : Optional.empty();
        String id = suffix.isPresent() ? path.substring(0, dot) : path;
        Rendered done = suffix.isPresent() ? pub.cachedIfPresent(path) : null;
        if (done != null) {
            response.setHeader("Link", alternates(pub, id));
            Responses.cached(request, response, done, pub);
            return true;
        }
        boolean replaceable = id.startsWith("/id/") || id.startsWith("/claim/");
        Node successor = replaceable ? pub.successor(id) : null;
        if (successor != null) {
            String target = successor.getURI() + suffix.map(f -> "." + f.suffix).orElse("");
            response.setHeader("Location", target);
            Responses.plain(response, 301, "Moved Permanently: replaced by " + target);
            return true;
        }
        String withdrawn = id.startsWith("/claim/") ? pub.withdrawal(id) : null;
        if (withdrawn != null) {
            Responses.plain(response, 410, "Gone: this claim was withdrawn: " + withdrawn);
            return true;
        }
        if (!known(pub, id)) {
            return false;
        }
        if (suffix.isPresent()) {
            Format f = suffix.get();
            Rendered r = pub.cached(id + "." + f.suffix, () -> render(pub, id, f));
            response.setHeader("Link", alternates(pub, id));
            Responses.cached(request, response, r, pub);
            return true;
        }
        response.setHeader("Vary", "Accept");
        Optional<Format> chosen;
        try {
            chosen = Format.negotiate(request.getHeader("Accept"));
        } catch (Format.MalformedAccept e) {
            Responses.plain(response, 400, e.getMessage());
            return true;
        }
        if (chosen.isEmpty()) {
            Responses.plain(response, 406, "none of the accepted media types is available here; offered: " + Format.offered());
            return true;
        }
        response.setHeader("Location", pub.base().iri() + id.substring(1) + "." + chosen.get().suffix);
        response.setHeader("Link", "<" + pub.base().iri() + id.substring(1) + ">; rel=\"canonical\"");
        Responses.plain(response, 303, "See Other: " + id.substring(1) + "." + chosen.get().suffix);
        return true;
    }

    /** RFC 8288 links from a document to the resource it describes and to its other representations. */
    private static String alternates(Publication pub, String id) {
        String iri = pub.base().iri() + id.substring(1);
        StringBuilder b = new StringBuilder("<" + iri + ">; rel=\"describes\"");
        for (Format f : Format.values()) {
            b.append(", <").append(iri).append('.').append(f.suffix).append(">; rel=\"alternate\"; type=\"")
                    .append(f.mediaType()).append('"');
        }
        return b.toString();
    }

    private static boolean known(Publication pub, String id) {
        if (DOCUMENTS.contains(id) || isOntologyVersion(pub, id)) {
            return true;
        }
        return PREFIXES.stream().anyMatch(p -> id.startsWith(p) && id.length() > p.length()) && pub.describesPath(id);
    }

    private static Rendered render(Publication pub, String id, Format f) {
        Graph g = document(pub, id);
        if (f == Format.HTML) {
            return Rendered.of(f.contentType(), Pages.resource(pub, id, g));
        }
        if (f == Format.JSONLD) {
            return Rendered.of(f.contentType(), JsonLdWriter.write(pub, g));
        }
        if (f.quads()) {
            return Rendered.of(f.contentType(), RdfWriters.write(ResourceDocument.inGraphs(pub, g), f, pub.base()));
        }
        return Rendered.of(f.contentType(), RdfWriters.write(g, pub.iri(id.substring(1)), f, pub.base()));
    }

    static Graph document(Publication pub, String id) {
        if (isOntologyVersion(pub, id)) {
            return ontology(pub);
        }
        return switch (id) {
            case "/ontology" -> ontology(pub);
            case "/shapes" -> shapes(pub);
            default -> ResourceDocument.of(pub, pub.iri(id.substring(1)));
        };
    }

    /** The ontology's owl:versionIRI (e.g. /ontology/0.1.0) names this release of the ontology document. */
    private static boolean isOntologyVersion(Publication pub, String id) {
        return id.startsWith("/ontology/") && Txn.calculateRead(pub.dataset(), () -> pub.dataset()
                .getGraph(pub.iri("graph/ontology")).contains(Node.ANY, OWL2.versionIRI.asNode(), pub.iri(id.substring(1))));
    }

    private static Graph ontology(Publication pub) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(pub.dataset(), () -> pub.dataset().getGraph(pub.iri("graph/ontology")).find().forEachRemaining(g::add));
        return g;
    }

    private static Graph shapes(Publication pub) {
        Graph g = pub.base().rewrite(KnowledgeGraph.readTurtleFolder(pub.layout().shapes(), pub.layout()), IriBase.CANONICAL);
        if (g.isEmpty()) {
            throw new KgException("shapes/: no shapes to publish");
        }
        return g;
    }
}
