package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.publication.ReleaseCatalog;
import dev.chinaai.kg.publication.ReleaseIdentity;
import dev.chinaai.kg.publication.Rights;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.http.Stats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /.well-known/void}: a VoID and DCAT description of the dataset:
 * counts of triples, entities per class, claims and sources, the licence of the
 * graph and, apart, the rights of the quoted text, the releases, the SPARQL
 * endpoint, the dumps and the full-text search. Turtle unless the Accept
 * header asks for another RDF syntax.
 */
public final class VoidRoute implements Route {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        RdfWriters.negotiated(pub, path, () -> describe(pub).getGraph(), request, response);
        return true;
    }

    /**
     * Which release the live graph is: its content digest always, and the
     * release it is (prov:alternateOf, the same content) or the one it has
     * unreleased changes since (prov:wasRevisionOf), where this server publishes it.
     */
    private static void identity(Model m, Publication pub, Resource ds) {
        ReleaseIdentity id = pub.identity();
        ds.addProperty(m.createProperty(pub.term("contentDigest").getURI()), id.digest());
        String is = pub.releaseIri(id.version());
        String since = id.released() ? null : pub.releaseIri(id.latest());
        if (is != null) {
            ds.addProperty(m.createProperty(PROV, "alternateOf"), m.createResource(is));
        } else if (since != null) {
            ds.addProperty(m.createProperty(PROV, "wasRevisionOf"), m.createResource(since));
        }
    }

    /** The VoID and DCAT description of the dataset (also the source of its citation). */
    public static Model describe(Publication pub) {
        Stats s = pub.stats();
        Model m = ModelFactory.createDefaultModel();
        String base = pub.base().iri();
        Resource ds = m.createResource(base + ".well-known/void#dataset");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset")).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("China's AI landscape", "en"))
                .addProperty(DCTerms.title, m.createLiteral("Die KI-Landschaft Chinas", "de"))
                .addProperty(DCTerms.description, m.createLiteral("A knowledge graph of China's AI landscape in which every "
                        + "fact and claim is traced to an exact quote of one of five German news articles.", "en"))
                // The release served (also the X-Release header and part of every ETag): which data answered.
                .addProperty(m.createProperty(DCAT.NS, "version"), pub.release())
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(pub.endpoint()))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + "dump.trig"))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + "dump.nq"))
                // uriSpace is a prefix of every entity IRI; the pattern names the spaces that dereference.
                .addProperty(m.createProperty(VOID, "uriSpace"), base)
                .addProperty(m.createProperty(VOID, "uriRegexPattern"), "^" + Pattern.quote(base) + "(id|claim|excerpt)/")
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(base + "id/deepseek"))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(base + "ontology"))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(base))
                .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(s.triples()), XSDDatatype.XSDinteger))
                .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(Long.toString(s.entities()), XSDDatatype.XSDinteger))
                .addLiteral(m.createProperty(VOID, "documents"), m.createTypedLiteral(Long.toString(s.sources()), XSDDatatype.XSDinteger));
        ds.addProperty(DCAT.distribution, m.createResource(base + "dump.trig").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(base + "dump.trig")).addProperty(DCAT.mediaType, "application/trig"));
        ds.addProperty(DCAT.distribution, m.createResource(base + "dump.nq").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(base + "dump.nq")).addProperty(DCAT.mediaType, "application/n-quads"));
        ds.addProperty(m.createProperty(DCAT.NS, "accessService"), m.createResource(pub.endpoint())
                .addProperty(RDF.type, DCAT.DataService).addProperty(DCAT.endpointURL, m.createResource(pub.endpoint())));
        // The graph's licence and the quoted text's rights, stated apart; the releases as versions of this dataset.
        Rights.describe(m, ds, pub.sourceTextMode());
        ReleaseCatalog.versionsOf(m, pub.releases(), base, ds);
        identity(m, pub, ds);
        int i = 0;
        for (Map.Entry<Node, Long> e : s.perClass().entrySet()) {
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource(base + ".well-known/void#class-" + (i++))
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(e.getKey().getURI()))
                    .addLiteral(m.createProperty(VOID, "entities"),
                            m.createTypedLiteral(Long.toString(e.getValue()), XSDDatatype.XSDinteger)));
        }
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS);
        return m;
    }
}
