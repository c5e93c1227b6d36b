package dev.chinaai.kg.publication;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.DCAT;

/**
 * The two sets of rights of the publication, stated apart: our annotations and
 * the graph built from them are ours to license (CC BY 4.0); the article text
 * that the graph quotes is not, its rights stay with each article's publisher
 * (see each article's {@code dcterms:rights}), and how much of it goes out
 * depends on the {@link SourceTextMode}.
 */
public final class Rights {
    /** The licence of our annotations, the graph and its dumps. */
    public static final String GRAPH_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private Rights() {
    }

    /**
     * Adds to {@code dataset} its licence and, as a part of its own, the quoted
     * article text with its rights and what of it is published in {@code mode}.
     */
    public static void describe(Model m, Resource dataset, SourceTextMode mode) {
        dataset.addProperty(DCTerms.license, m.createResource(GRAPH_LICENSE))
                .addProperty(DCTerms.rights, m.createLiteral("The annotations, the graph and its dumps are published "
                        + "under CC BY 4.0. This licence does not cover the article text they quote.", "en"));
        Resource quoted = m.createResource(dataset.getURI().replaceFirst("#.*$", "") + "#quoted-text")
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Text quoted from the five seed articles", "en"))
                .addProperty(DCTerms.description, m.createLiteral("This publication carries " + mode.carries()
                        + " (source-text mode '" + mode.optionValue() + "').", "en"))
                .addProperty(DCTerms.rights, m.createLiteral("The articles are press texts; their rights stay with "
                        + "their publishers (each article's dcterms:rights, dcterms:publisher and dcterms:rightsHolder "
                        + "say what the article itself states). No licence is granted for the quoted text: it is "
                        + "quoted as evidence for the statements of the graph, all rights reserved by its holders.", "en"));
        dataset.addProperty(DCTerms.hasPart, quoted);
    }
}
