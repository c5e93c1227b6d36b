package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code GET /sparql} without a query: the SPARQL 1.1 Service Description of
 * the endpoint (Turtle unless the Accept header asks for another RDF syntax).
 * Everything else goes on to Fuseki.
 */
public final class ServiceDescriptionFilter implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The publication once loaded (null before): the filter is installed before the data is. */
    private final Supplier<Publication> publication;

    public ServiceDescriptionFilter(Supplier<Publication> publication) {
        this.publication = publication;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Publication pub = publication.get();
        boolean bare = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && (request.getQueryString() == null || request.getQueryString().isEmpty());
        if (!bare || pub == null) {
            chain.doFilter(req, res);
            return;
        }
        RdfWriters.negotiated(pub, "/sparql", () -> describe(pub).getGraph(), request, response);
    }

    static Model describe(Publication pub) {
        Model m = ModelFactory.createDefaultModel();
        Resource service = m.createResource(pub.endpoint() + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(pub.endpoint()))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph")))
                .addProperty(m.createProperty("http://rdfs.org/ns/void#", "inDataset"),
                        m.createResource(pub.base().iri() + ".well-known/void#dataset"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        service.addProperty(m.createProperty(SD, "propertyFeature"), m.createResource("http://jena.apache.org/text#query"));
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        return m;
    }
}
