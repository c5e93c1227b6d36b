package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.ArticleDecl;
import dev.chinaai.kg.annotation.Excerpt;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.SeedAnnotation;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.QuoteMatch;
import dev.chinaai.kg.seed.SeedText;
import dev.chinaai.kg.seed.SentenceContext;
import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.OA;
import dev.chinaai.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the provenance graph by hand: each article with its full text, and
 * each excerpt with a W3C Web Annotation quote selector (exact, prefix, suffix)
 * and position selector (code-point start and end), plus the link from every
 * named graph of facts to the excerpt it was derived from.
 */
final class ProvenanceMapper {
    private static final Node G = Iris.PROVENANCE_GRAPH;
    private final MappingContext ctx;

    ProvenanceMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    void article(SeedAnnotation a, SeedText seed, Node article) {
        ctx.add(G, article, RDF.type, CAI.Article);
        ctx.add(G, article, RDFS.label, NodeFactory.createLiteralLang("Seed article " + seed.number(), "en"));
        ctx.add(G, article, RDFS.label, NodeFactory.createLiteralLang("Quellartikel " + seed.number(), "de"));
        ctx.add(G, article, CAI.seedFile, NodeFactory.createLiteralString(seed.fileName()));
        ctx.add(G, article, CAI.sha256, NodeFactory.createLiteralString(seed.sha256()));
        ctx.add(G, article, CAI.length, NodeFactory.createLiteralDT(Integer.toString(seed.length()), XSDDatatype.XSDinteger));
        ctx.add(G, article, CAI.sourceText, NodeFactory.createLiteralString(seed.text()));
        ctx.add(G, article, DCTerms.language, NodeFactory.createLiteralDT(a.article().language(), XSDDatatype.XSDlanguage));
        if (a.article().hasRights()) {
            rights(a.article(), article);
        }
    }

    /**
     * The article's rights as its annotation records them from what the article
     * states: publishers and rights holders it names, its licence if it names one,
     * and a sentence saying who holds the rights (or that the article does not say).
     */
    private void rights(ArticleDecl decl, Node article) {
        List<String> holders = actors(decl.rightsHolders(), article, DCTerms.rightsHolder, "rightsHolder");
        List<String> publishers = actors(decl.publishers(), article, DCTerms.publisher, "publisher");
        boolean reserved = decl.license().equals(ArticleDecl.ALL_RIGHTS_RESERVED);
        if (!reserved) {
            ctx.add(G, article, DCTerms.license, NodeFactory.createURI(decl.license()));
        }
        String by = holders.isEmpty() ? "its rights holder, whom the article does not name" : String.join(", ", holders);
        String published = publishers.isEmpty() ? "The article does not name its publisher."
                : "Published by " + String.join(", ", publishers) + ".";
        ctx.add(G, article, DCTerms.rights, NodeFactory.createLiteralLang((reserved
                ? "All rights reserved by " + by + "; the article grants no licence. "
                : "Licensed by " + by + " under " + decl.license() + ". ") + published, "en"));
    }

    /** Links the article to each actor named; returns their English labels. */
    private List<String> actors(List<Ref> refs, Node article, org.apache.jena.rdf.model.Property p, String field) {
        List<String> labels = new ArrayList<>();
        for (Ref r : refs) {
            MappingContext.EntityInfo e = ctx.entity(r, List.of("Actor"), field);
            if (e != null) {
                ctx.add(G, article, p, e.iri());
                labels.add(ctx.labels.getOrDefault(r.id(), r.id()));
            }
        }
        return labels;
    }

    /** Locates the excerpt's quote and describes it; null (after reporting why) when the quote is not found. */
    MappingContext.ExcerptInfo excerpt(Excerpt x, SeedText seed, Node article, String language) {
        QuoteLocator.Outcome found = QuoteLocator.locate(seed, x.quote(), x.prefix(), x.suffix(), x.occurrence());
        if (!found.found()) {
            ctx.error(x.quoteLocation(), found.error());
            return null;
        }
        QuoteMatch m = found.match();
        Node iri = Iris.excerpt(seed.number(), x.id());
        Node quote = Iris.part(iri, "quote");
        Node position = Iris.part(iri, "position");
        ctx.add(G, iri, RDF.type, CAI.Excerpt);
        // Not the quote itself (that is oa:exact): label searches for an entity must not hit every quote naming it.
        ctx.add(G, iri, RDFS.label, NodeFactory.createLiteralLang("excerpt of seed article " + seed.number()
                + ", characters " + m.start() + "-" + m.end(), "en"));
        ctx.add(G, iri, OA.hasSource, article);
        ctx.add(G, iri, PROV.wasQuotedFrom, article);
        ctx.add(G, iri, OA.hasSelector, quote);
        ctx.add(G, iri, OA.hasSelector, position);
        ctx.add(G, quote, RDF.type, OA.TextQuoteSelector);
        ctx.add(G, quote, OA.exact, NodeFactory.createLiteralString(m.exact()));
        ctx.add(G, quote, OA.prefix, NodeFactory.createLiteralString(m.prefix()));
        ctx.add(G, quote, OA.suffix, NodeFactory.createLiteralString(m.suffix()));
        ctx.add(G, position, RDF.type, OA.TextPositionSelector);
        ctx.add(G, position, OA.start, offset(m.start()));
        ctx.add(G, position, OA.end, offset(m.end()));
        if (x.pagePart() != null) {
            ctx.add(G, iri, CAI.pagePart, CAI.pagePart(x.pagePart()));
        }
        SentenceContext.Span around = SentenceContext.around(seed, m.start(), m.end());
        // Tagged with the article's language, so that a search restricted to German ('lang:de') finds quotes.
        ctx.add(G, iri, CAI.context, NodeFactory.createLiteralLang(seed.slice(around.start(), around.end()), language));
        return new MappingContext.ExcerptInfo(seed.number(), x.id(), iri, Iris.excerptGraph(seed.number(), x.id()),
                article, x.quote(), x.pagePart());
    }

    /** Records that a named graph of statements was derived from an excerpt. */
    void derivedFrom(Node graph, Node excerpt) {
        ctx.add(G, graph, PROV.wasDerivedFrom, excerpt);
    }

    void mentions(Node excerpt, Node entity) {
        ctx.add(G, excerpt, CAI.mentions, entity);
    }

    private static Node offset(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
