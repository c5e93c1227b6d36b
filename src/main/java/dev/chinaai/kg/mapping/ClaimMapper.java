package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.ClaimLink;
import dev.chinaai.kg.annotation.Quantity;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.SeedAnnotation;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Suggestions;
import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Claims are mapped by hand: each becomes a named graph of its own, derived
 * from the excerpts that carry it, with the claimant, the German original, an
 * English rendering marked as derived from the excerpts, the reporting
 * article, the time and place as the seed gives them, and a structured value.
 */
final class ClaimMapper {
    static final Set<String> UNITS = Set.of("percent", "USD", "CHF", "count", "publications", "companies",
            "researchers", "years", "scientists", "cities", "institutions", "industries", "data centres", "doctoral students");
    private final MappingContext ctx;
    private final ProvenanceMapper provenance;
    private final Map<String, Location> claimIds = new LinkedHashMap<>();
    private final List<Runnable> links = new ArrayList<>();

    ClaimMapper(MappingContext ctx, ProvenanceMapper provenance) {
        this.ctx = ctx;
        this.provenance = provenance;
    }

    void map(SeedAnnotation file, ClaimAnnotation c, Node article) {
        Location first = claimIds.putIfAbsent(c.id(), c.location());
        if (first != null) {
            ctx.error(c.location(), "duplicate claim id '" + c.id() + "' (first at " + first + "): claim ids are unique across all seed files");
            return;
        }
        Node claim = Iris.claim(c.id());
        Node g = Iris.claimGraph(c.id());
        ctx.add(g, claim, RDF.type, CAI.Claim);
        List<String> quotes = new ArrayList<>();
        List<Node> excerpts = new ArrayList<>();
        for (Ref r : c.excerpts()) {
            MappingContext.ExcerptInfo x = ctx.excerpt(file.seedFile(), r);
            if (x != null && x.pagePart() != null) {
                ctx.error(r.location(), "excerpt '" + r.id() + "' is the page's " + x.pagePart()
                        + ": page furniture carries no claims; cite the article's own text where it says this");
            } else if (x != null) {
                excerpts.add(x.iri());
                quotes.add(x.quote());
                ctx.add(g, claim, CAI.statedIn, x.iri());
                provenance.derivedFrom(g, x.iri());
            }
        }
        ctx.add(g, claim, CAI.reportedIn, article);
        MappingContext.EntityInfo claimant = ctx.entity(c.claimant(), Set.of("Actor", "Article", "Report"), "claimant");
        if (claimant != null) {
            ctx.add(g, claim, CAI.claimant, claimant.iri());
            // The statement pattern shared with facts: who asserts it, and what, as predicate and value.
            ctx.add(g, claim, PROV.wasAttributedTo, claimant.iri());
        }
        ctx.add(g, claim, CAI.predicate, CAI.says);
        ctx.add(g, claim, CAI.value, NodeFactory.createLiteralLang(c.text().get("en"), "en"));
        String original = c.text().getOrDefault("de", String.join(" … ", quotes));
        ctx.add(g, claim, CAI.originalText, NodeFactory.createLiteralLang(original, "de"));
        // A label that names the claim without repeating its text: a label search for an entity
        // must find the entity, not every claim that mentions it (the text is in cai:originalText).
        ctx.add(g, claim, RDFS.label, NodeFactory.createLiteralLang("claim " + (file.claims().indexOf(c) + 1)
                + " of seed article " + file.seedFile().substring(0, file.seedFile().indexOf('_')), "en"));
        Node rendering = Iris.part(claim, "en");
        ctx.add(g, claim, CAI.rendering, rendering);
        ctx.add(g, rendering, RDF.type, CAI.Rendering);
        ctx.add(g, rendering, CAI.text, NodeFactory.createLiteralLang(c.text().get("en"), "en"));
        excerpts.forEach(x -> ctx.add(g, rendering, PROV.wasDerivedFrom, x));
        c.via().forEach(r -> ref(g, claim, CAI.via, r, Set.of("Actor", "Report", "Policy"), "via"));
        c.place().forEach(r -> ref(g, claim, CAI.place, r, Set.of("Place", "Event"), "place"));
        c.about().forEach(r -> ref(g, claim, CAI.about, r, Set.of(Specs.ANY), "about"));
        if (c.time() != null) {
            Node time = Iris.part(claim, "time");
            ctx.add(g, claim, CAI.time, time);
            Converters.timeDescription(time, c.time(), g, ctx);
        }
        if (c.period() != null) {
            Node period = Iris.part(claim, "period");
            ctx.add(g, claim, CAI.referencePeriod, period);
            Converters.timeDescription(period, c.period(), g, ctx);
        }
        // The report date is the article's, wherever the article prints one; it is never the statement's time.
        ctx.published(article).forEach(date -> ctx.add(g, claim, CAI.reportedOn, date));
        if (c.hedge() != null) {
            hedge(g, claim, c);
        }
        if (c.value() != null) {
            value(g, claim, c.value());
        }
        c.replaces().forEach(old -> links.add(() -> replaced(g, claim, old)));
        c.supports().forEach(l -> links.add(() -> claimLink(g, claim, CAI.supports, l)));
        c.contradicts().forEach(l -> links.add(() -> claimLink(g, claim, CAI.contradicts, l)));
    }

    /** Resolves supports/contradicts, replaced and withdrawn claims once every claim of every file is known. */
    void finish() {
        links.forEach(Runnable::run);
    }

    /**
     * A claim an earlier reading published and this one withdrew without a
     * successor: its IRI is marked {@code owl:deprecated} with the reason, so
     * that the server answers 410 Gone rather than 404.
     */
    void withdrawn(ClaimLink w) {
        links.add(() -> {
            if (!stillPublished(w.claim(), "withdrawn")) {
                Node old = Iris.claim(w.claim().id());
                ctx.add(Iris.PROVENANCE_GRAPH, old, OWL2.deprecated, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                ctx.add(Iris.PROVENANCE_GRAPH, old, RDFS.comment, NodeFactory.createLiteralLang(w.note(), "en"));
            }
        });
    }

    /** An earlier claim whose statement this claim carries on: its IRI answers 301 here. */
    private void replaced(Node g, Node claim, Ref old) {
        if (!stillPublished(old, "replaced")) {
            ctx.add(g, claim, org.apache.jena.vocabulary.DCTerms.replaces, Iris.claim(old.id()));
        }
    }

    private boolean stillPublished(Ref old, String how) {
        Location current = claimIds.get(old.id());
        if (current != null) {
            ctx.error(old.location(), "claim '" + old.id() + "' is " + how + ", but it is still a claim at " + current
                    + ": drop it from " + (how.equals("replaced") ? "replaces:" : "withdrawn:") + " or remove that claim");
        }
        return current != null;
    }

    private void ref(Node g, Node claim, Property p, Ref r, Set<String> targets, String field) {
        MappingContext.EntityInfo e = ctx.entity(r, targets, field);
        if (e != null) {
            ctx.add(g, claim, p, e.iri());
        }
    }

    /**
     * The plain link ({@code a cai:supports b}; contradiction is symmetric, so
     * {@code b cai:contradicts a} too) and a link node of its own that carries
     * the curator's note, so that both the obvious query and "in what do they
     * differ?" find their answer.
     */
    private void claimLink(Node g, Node claim, Property p, ClaimLink l) {
        Ref r = l.claim();
        if (!claimIds.containsKey(r.id())) {
            ctx.error(r.location(), "unknown claim '" + r.id() + "'" + Suggestions.didYouMean(r.id(), claimIds.keySet()));
            return;
        }
        Node other = Iris.claim(r.id());
        ctx.add(g, claim, p, other);
        boolean contradiction = p.equals(CAI.contradicts);
        if (contradiction) {
            ctx.add(g, other, p, claim);
        }
        Node link = Iris.part(claim, p.getLocalName() + "-" + r.id());
        ctx.add(g, link, RDF.type, contradiction ? CAI.ContradictionLink : CAI.SupportLink);
        ctx.add(g, link, CAI.fromClaim, claim);
        ctx.add(g, link, CAI.toClaim, other);
        if (l.note() != null) {
            ctx.add(g, link, RDFS.comment, NodeFactory.createLiteralLang(l.note(), "en"));
        }
    }

    private void hedge(Node g, Node claim, ClaimAnnotation c) {
        if (CAI.HEDGES.contains(c.hedge())) {
            ctx.add(g, claim, CAI.hedge, CAI.hedge(c.hedge()));
        } else {
            ctx.error(c.location(), "claim '" + c.id() + "': unknown hedge '" + c.hedge() + "'" + Suggestions.didYouMean(c.hedge(), CAI.HEDGES)
                    + " (hedges: " + String.join(", ", new java.util.TreeSet<>(CAI.HEDGES)) + ")");
        }
    }

    private void value(Node g, Node claim, Quantity q) {
        if (!UNITS.contains(q.unit())) {
            ctx.error(q.location(), "unknown unit '" + q.unit() + "'" + Suggestions.didYouMean(q.unit(), UNITS)
                    + " (units: " + String.join(", ", new java.util.TreeSet<>(UNITS)) + ")");
            return;
        }
        GermanNumbers.Amount amount;
        try {
            amount = GermanNumbers.parse(q.amount());
        } catch (BadValue e) {
            ctx.error(q.location(), "amount: " + e.getMessage());
            return;
        }
        ctx.add(g, claim, CAI.valueAmount, NodeFactory.createLiteralDT(amount.low().toPlainString(), XSDDatatype.XSDdecimal));
        if (amount.high() != null) {
            ctx.add(g, claim, CAI.valueMaximum, NodeFactory.createLiteralDT(amount.high().toPlainString(), XSDDatatype.XSDdecimal));
        }
        ctx.add(g, claim, CAI.valueUnit, NodeFactory.createLiteralString(q.unit()));
        ctx.add(g, claim, CAI.valueText, NodeFactory.createLiteralLang(q.amount(), "de"));
    }
}
