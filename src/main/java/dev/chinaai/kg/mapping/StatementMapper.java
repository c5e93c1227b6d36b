package dev.chinaai.kg.mapping;

import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.PROV;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One statement node per asserted fact, beside the direct triple: what it is
 * about, its predicate and value, who asserts it (the article), the excerpt
 * and the article. Claims carry the same properties (see {@link ClaimMapper}),
 * so one query pattern finds a fact and a claim alike, without a UNION.
 */
final class StatementMapper {
    private final MappingContext ctx;

    StatementMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    /** Adds a statement node for each fact triple of the excerpt's graph, numbered in a stable order. */
    void facts(MappingContext.ExcerptInfo excerpt) {
        List<Triple> asserted = ctx.dataset.getGraph(excerpt.graph()).find().toList().stream()
                .filter(StatementMapper::isFact).sorted(Comparator.comparing(Triple::toString)).toList();
        int n = 0;
        for (Triple t : asserted) {
            Node st = Iris.part(excerpt.iri(), "statement-" + ++n);
            Node g = excerpt.graph();
            ctx.add(g, st, RDF.type, CAI.Statement);
            // Named by position, not by words of the excerpt: label searches for an entity must find the entity.
            ctx.add(g, st, RDFS.label, NodeFactory.createLiteralLang("statement " + n + " of an excerpt of seed article "
                    + excerpt.seed(), "en"));
            ctx.add(g, st, CAI.about, t.getSubject());
            ctx.add(g, st, CAI.predicate, t.getPredicate());
            ctx.add(g, st, CAI.value, t.getObject());
            ctx.add(g, st, PROV.wasAttributedTo, excerpt.article());
            ctx.add(g, st, CAI.statedIn, excerpt.iri());
            ctx.add(g, st, CAI.reportedIn, excerpt.article());
        }
    }

    /**
     * A triple that says something about the world: not the type or label a qualified relation is
     * minted with, and not the inside of a time description (its words and dates belong to the
     * statement whose value the time is).
     */
    private static boolean isFact(Triple t) {
        return !t.getPredicate().equals(RDF.type.asNode()) && !t.getPredicate().equals(RDFS.label.asNode())
                && !t.getSubject().getURI().contains("#");
    }
}
