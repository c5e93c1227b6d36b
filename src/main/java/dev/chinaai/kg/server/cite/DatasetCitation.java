package dev.chinaai.kg.server.cite;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.linkeddata.VoidRoute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset as a citable work, from its VoID description (title, licence)
 * and the ontology's version; its date is the day the publication was built.
 */
public final class DatasetCitation {
    private DatasetCitation() {
    }

    /** The dataset's own citation; runs in a read transaction of the publication. */
    public static Work of(Publication pub) {
        Model voidDoc = VoidRoute.describe(pub);
        Resource ds = voidDoc.listSubjectsWithProperty(RDF.type, voidDoc.createResource("http://rdfs.org/ns/void#Dataset"))
                .next();
        String title = english(ds, voidDoc);
        Statement licence = ds.getProperty(DCTerms.license);
        String version = pub.dataset().getGraph(pub.iri("graph/ontology"))
                .find(null, OWL.versionInfo.asNode(), null).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .nextOptional().orElse(null);
        String note = "Knowledge graph (RDF), SPARQL endpoint " + pub.endpoint()
                + (version == null ? "" : ", ontology version " + version)
                + (licence == null ? "" : ", licence " + licence.getResource().getURI());
        String date = Instant.ofEpochMilli(pub.lastModified()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        return new Work("china-ai-kg", Work.Kind.DATASET, title, List.of(), null, null, date, pub.base().iri(), "en", note);
    }

    private static String english(Resource ds, Model m) {
        return m.listObjectsOfProperty(ds, DCTerms.title).toList().stream()
                .filter(o -> o.isLiteral() && "en".equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getLexicalForm()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the VoID description has no English dcterms:title"));
    }
}
