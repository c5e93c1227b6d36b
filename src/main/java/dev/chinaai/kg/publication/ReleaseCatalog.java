package dev.chinaai.kg.publication;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The releases as a server publishes them, under the server's base: a DCAT
 * catalog at {@code /releases/} with each release, its version, issue date,
 * predecessor and files, and which one is current.
 */
public final class ReleaseCatalog {
    private ReleaseCatalog() {
    }

    /** The catalog of the shelf's releases under {@code base} (empty catalog when there are none). */
    public static Model describe(ReleaseShelf shelf, String base, Resource liveDataset) {
        Model m = ModelFactory.createDefaultModel();
        Resource catalog = m.createResource(base + "releases/").addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, m.createLiteral("Releases of China's AI landscape", "en"));
        Resource live = m.createResource(liveDataset.getURI());
        List<ReleaseVersion> versions = shelf == null ? List.of() : shelf.versions();
        ReleaseVersion previous = null;
        for (ReleaseVersion v : versions) {
            Resource r = release(m, shelf, base, v, previous);
            catalog.addProperty(DCAT.dataset, r);
            live.addProperty(m.createProperty(DCAT.NS, "hasVersion"), r);
            previous = v;
        }
        if (previous != null) {
            live.addProperty(m.createProperty(DCAT.NS, "hasCurrentVersion"), m.createResource(ReleaseShelf.iri(base, previous)));
        }
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("prov", ReleaseMetadata.PROV);
        return m;
    }

    /** Adds the catalog's statements about the live dataset (its versions) to a VoID description. */
    public static void versionsOf(Model into, ReleaseShelf shelf, String base, Resource liveDataset) {
        Model catalog = describe(shelf, base, liveDataset);
        into.add(catalog.listStatements(catalog.createResource(liveDataset.getURI()), null, (org.apache.jena.rdf.model.RDFNode) null));
    }

    private static Resource release(Model m, ReleaseShelf shelf, String base, ReleaseVersion v, ReleaseVersion previous) {
        String iri = ReleaseShelf.iri(base, v);
        Resource r = m.createResource(iri).addProperty(RDF.type, DCAT.Dataset).addProperty(ReleaseMetadata.DCAT_VERSION, v.text())
                .addProperty(DCTerms.title, m.createLiteral("China's AI landscape, release " + v, "en"));
        String issued = shelf.issued(v);
        if (!issued.isEmpty()) {
            r.addProperty(DCTerms.issued, m.createTypedLiteral(issued, XSDDatatype.XSDdate));
        }
        if (previous != null) {
            r.addProperty(m.createProperty(ReleaseMetadata.PROV, "wasRevisionOf"), m.createResource(ReleaseShelf.iri(base, previous)));
        }
        for (List<String> f : ReleaseShelf.FILES) {
            r.addProperty(DCAT.distribution, m.createResource(iri + f.get(0)).addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, m.createResource(iri + f.get(0)))
                    .addProperty(DCAT.mediaType, f.get(1).replaceFirst(";.*", "")));
        }
        return r;
    }
}
