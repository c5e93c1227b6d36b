package dev.chinaai.kg.publication;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID/DCAT description of one release: its version, the day it was
 * issued, the release it revises, the dataset it is a version of, the content
 * digest of its graph (what a server compares to know that it serves this
 * release), the rights of the graph and of the quoted text, and each file as a
 * distribution with its size and SPDX SHA-256 checksum.
 */
final class ReleaseMetadata {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Property URI_SPACE = ResourceFactory.createProperty(VOID, "uriSpace");
    /** dcat:version (DCAT 3), which Jena's DCAT vocabulary does not have. */
    static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT.NS, "version");

    private ReleaseMetadata() {
    }

    /** {@code cai:contentDigest} in the ontology namespace of a release's base (see {@link GraphDigest}). */
    static Property contentDigest(String base) {
        return ResourceFactory.createProperty(base + "ontology#", "contentDigest");
    }

    /** One written file: its name, media type, size and SHA-256 (hex). */
    record FileInfo(String name, String mediaType, long bytes, String sha256) {
    }

    static byte[] turtle(String base, ReleaseVersion version, ReleaseVersion previous, LocalDate issued,
            SourceTextMode mode, GraphDigest digest, Map<String, FileInfo> files) {
        Model m = ModelFactory.createDefaultModel();
        String iri = ReleaseShelf.iri(base, version);
        Resource r = m.createResource(iri).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("China's AI landscape, release " + version, "en"))
                .addProperty(ReleaseMetadata.DCAT_VERSION, version.text())
                .addProperty(DCTerms.issued, m.createTypedLiteral(issued.toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.isVersionOf, m.createResource(base + ".well-known/void#dataset"))
                .addProperty(URI_SPACE, base)
                .addProperty(m.createProperty(VOID, "triples"), m.createTypedLiteral(Long.toString(digest.quads()), XSDDatatype.XSDinteger))
                .addProperty(contentDigest(base), digest.id())
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(iri + ReleaseShelf.NQUADS))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(iri + ReleaseShelf.TRIG));
        if (previous != null) {
            r.addProperty(m.createProperty(PROV, "wasRevisionOf"), m.createResource(ReleaseShelf.iri(base, previous)));
        }
        Rights.describe(m, r, mode);
        files.values().forEach(f -> r.addProperty(DCAT.distribution, m.createResource(iri + f.name())
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(iri + f.name()))
                .addProperty(DCAT.mediaType, f.mediaType().replaceFirst(";.*", ""))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        .addProperty(m.createProperty(SPDX, "checksumValue"),
                                m.createTypedLiteral(f.sha256(), XSDDatatype.XSDhexBinary)))));
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("void", VOID)
                .setNsPrefix("spdx", SPDX).setNsPrefix("prov", PROV).setNsPrefix("cai", base + "ontology#").setNsPrefix("xsd", XSDDatatype.XSD + "#");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }
}
