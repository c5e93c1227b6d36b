package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.Excerpt;
import dev.chinaai.kg.annotation.Fact;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.RegistryEntity;
import dev.chinaai.kg.annotation.SeedAnnotation;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Suggestions;
import dev.chinaai.kg.seed.SeedCorpus;
import dev.chinaai.kg.seed.SeedText;
import dev.chinaai.kg.vocab.CAI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns annotations into the dataset: registry entities, located excerpts,
 * the facts they state (through the spec table), and claims. Every problem of
 * the run is collected and reported together; nothing is returned when there
 * is one.
 */
public final class MappingEngine {
    private final MappingContext ctx = new MappingContext();
    private final ProvenanceMapper provenance = new ProvenanceMapper(ctx);
    private final ClaimMapper claims = new ClaimMapper(ctx, provenance);
    private final FactMapper facts = new FactMapper(ctx);
    private final StatementMapper statements = new StatementMapper(ctx);
    private final java.util.Set<String> unlocatedMentions = new java.util.HashSet<>();
    /**
     * Entities some located excerpt lists in {@code mentions:}. A fact that names an
     * entity does not count: the shapes require an explicit cai:mentions, and the
     * loader must say so with a location before SHACL says it without one.
     */
    private final java.util.Set<String> listedMentions = new java.util.HashSet<>();

    private MappingEngine() {
    }

    /** Maps everything; throws {@link dev.chinaai.kg.diagnostics.InvalidInputException} with all problems if there are any. */
    public static DatasetGraph map(Annotations annotations, SeedCorpus seeds) {
        MappingEngine engine = new MappingEngine();
        engine.run(annotations, seeds);
        engine.ctx.problems.throwIfAny();
        return engine.ctx.dataset;
    }

    private void run(Annotations a, SeedCorpus seeds) {
        indexRegistry(a.registry().entities());
        Map<String, SeedText> bySeed = new LinkedHashMap<>();
        Map<String, Location> seedFiles = new HashMap<>();
        for (SeedAnnotation s : a.seeds()) {
            SeedText seed = seeds.get(s.seedFile());
            Location first = seedFiles.putIfAbsent(s.seedFile(), s.location());
            if (first != null) {
                ctx.error(s.location(), "seed " + s.seedFile() + " is annotated twice (also in " + first.file() + "): keep one file per seed");
            } else if (seed == null) {
                ctx.error(s.location(), "seed '" + s.seedFile() + "' is not in seeds/ (copy the article there from "
                        + "../shared/seeds/, or correct seed:)" + Suggestions.didYouMean(s.seedFile(), seeds.names()));
            } else if (index(s.article().id(), "Article", s.article().location())) {
                bySeed.put(s.seedFile(), seed);
            }
            if (!bySeed.containsKey(s.seedFile())) {
                // The file is not mapped and its error is reported; the entities it mentions
                // must not also read as "never mentioned".
                s.excerpts().forEach(x -> x.mentions().forEach(m -> unlocatedMentions.add(m.id())));
            }
        }
        for (SeedAnnotation s : a.seeds()) {
            SeedText seed = bySeed.get(s.seedFile());
            if (seed != null) {
                mapSeed(s, seed);
            }
        }
        for (SeedAnnotation s : a.seeds()) {
            if (bySeed.containsKey(s.seedFile())) {
                Node article = ctx.entities.get(s.article().id()).iri();
                for (ClaimAnnotation c : s.claims()) {
                    claims.map(s, c, article);
                }
                s.withdrawn().forEach(claims::withdrawn);
            }
        }
        claims.finish();
        registryGraphs(a.registry().entities());
    }

    private void indexRegistry(List<RegistryEntity> entities) {
        for (RegistryEntity e : entities) {
            ClassSpec spec = Specs.all().get(e.type());
            if (spec == null || spec.qualified() || e.type().equals("Article")) {
                List<String> types = Specs.all().values().stream().filter(s -> !s.qualified() && !s.name().equals("Article"))
                        .map(ClassSpec::name).toList();
                ctx.error(e.location(), "unknown entity type '" + e.type() + "'" + Suggestions.didYouMean(e.type(), types)
                        + " (types: " + String.join(", ", types) + ")");
                // Still index the id, so references to it do not add follow-on errors.
                index(e.id(), Specs.UNKNOWN, e.location());
                continue;
            }
            index(e.id(), e.type(), e.location());
            ctx.labels.put(e.id(), e.labels().get("en"));
        }
        checkReplacements(entities);
    }

    /** A replaced id is no entity any more, and has one successor, so its IRI can redirect there. */
    private void checkReplacements(List<RegistryEntity> entities) {
        Map<String, String> successor = new HashMap<>();
        for (RegistryEntity e : entities) {
            for (Ref old : e.replaces()) {
                MappingContext.EntityInfo still = ctx.entities.get(old.id());
                if (still != null) {
                    ctx.error(old.location(), "'" + e.id() + "' replaces '" + old.id() + "', which is still an entity at "
                            + still.location() + ": remove that entry (its names go to '" + e.id() + "') or drop it from replaces:");
                }
                String prev = successor.putIfAbsent(old.id(), e.id());
                if (prev != null && !prev.equals(e.id())) {
                    ctx.error(old.location(), "'" + old.id() + "' is replaced by both '" + prev + "' and '" + e.id()
                            + "': an old IRI can redirect to one entity only");
                }
            }
        }
    }

    private boolean index(String id, String type, Location at) {
        MappingContext.EntityInfo prev = ctx.entities.putIfAbsent(id, new MappingContext.EntityInfo(id, type, Iris.entity(id), at));
        if (prev != null) {
            ctx.error(at, "id '" + id + "' is already used at " + prev.location() + ": ids are unique across registry and articles");
            return false;
        }
        return true;
    }

    private void mapSeed(SeedAnnotation s, SeedText seed) {
        Node article = ctx.entities.get(s.article().id()).iri();
        provenance.article(s, seed, article);
        Map<String, MappingContext.ExcerptInfo> located = ctx.excerpts.computeIfAbsent(s.seedFile(), k -> new LinkedHashMap<>());
        for (Excerpt x : s.excerpts()) {
            MappingContext.ExcerptInfo info = provenance.excerpt(x, seed, article, s.article().language());
            if (info != null) {
                located.put(x.id(), info);
            } else {
                // The quote error is reported; its mentions must not also read as "never mentioned".
                x.mentions().forEach(m -> unlocatedMentions.add(m.id()));
            }
        }
        for (Excerpt x : s.excerpts()) {
            MappingContext.ExcerptInfo info = located.get(x.id());
            if (info == null) {
                continue;
            }
            for (Ref m : x.mentions()) {
                MappingContext.EntityInfo e = ctx.entity(m);
                if (e != null) {
                    ctx.mentioned(e.id(), info);
                    listedMentions.add(e.id());
                    provenance.mentions(info.iri(), e.iri());
                }
            }
            for (int i = 0; i < x.facts().size(); i++) {
                if (furnitureStatesTheWorld(x, x.facts().get(i), s.article().id())) {
                    continue;
                }
                facts.map(x.facts().get(i), i + 1, info);
            }
            if (!x.facts().isEmpty()) {
                statements.facts(info);
                provenance.derivedFrom(info.graph(), info.iri());
            }
        }
    }

    /** Each entity's type and names go into a graph of its own, derived from every excerpt that mentions it. */
    private void registryGraphs(List<RegistryEntity> entities) {
        for (RegistryEntity e : entities) {
            MappingContext.EntityInfo info = ctx.entities.get(e.id());
            if (info == null || !info.type().equals(e.type())) {
                continue;
            }
            List<MappingContext.ExcerptInfo> seen = ctx.mentions.getOrDefault(e.id(), List.of());
            if (seen.isEmpty() && unlocatedMentions.contains(e.id())) {
                continue;
            }
            if (seen.isEmpty()) {
                ctx.error(e.location(), "entity '" + e.id() + "' is never mentioned: add it to the mentions: of an excerpt "
                        + "that names it, or remove it from the registry");
                continue;
            }
            if (!listedMentions.contains(e.id()) && !unlocatedMentions.contains(e.id())) {
                ctx.error(e.location(), "entity '" + e.id() + "' is used in facts of excerpt '" + seen.get(0).id()
                        + "', but no excerpt lists it in its mentions: add it to the mentions: of the excerpt that names it");
                continue;
            }
            Node g = Iris.registryGraph(e.id());
            org.apache.jena.rdf.model.Resource type = Specs.all().get(e.type()).rdfClass();
            ctx.add(g, info.iri(), RDF.type, type);
            if (CAI.MODEL_KIND_TOP.containsKey(type)) {
                ctx.add(g, info.iri(), SKOS.inScheme, CAI.ModelKinds);
                ctx.add(g, info.iri(), SKOS.broader, CAI.MODEL_KIND_TOP.get(type));
            }
            labels(g, info.iri(), e);
            e.replaces().forEach(old -> ctx.add(g, info.iri(), DCTerms.replaces, Iris.entity(old.id())));
            seen.forEach(x -> provenance.derivedFrom(g, x.iri()));
        }
    }

    /**
     * One English label; a German one only where it differs (else a label query returns every
     * entity twice); the other names as alternative labels, except those that repeat a label.
     */
    private void labels(Node g, Node iri, RegistryEntity e) {
        String en = e.labels().get("en");
        String de = e.labels().get("de");
        ctx.add(g, iri, RDFS.label, NodeFactory.createLiteralLang(en, "en"));
        if (!de.equals(en)) {
            ctx.add(g, iri, RDFS.label, NodeFactory.createLiteralLang(de, "de"));
        }
        e.names().stream().filter(n -> !n.equals(en) && !n.equals(de))
                .forEach(n -> ctx.add(g, iri, SKOS.altLabel, NodeFactory.createLiteralLang(n, "de")));
    }

    /** The canonical IRI of the ontology namespace, for tests and tools that print it. */
    public static String namespace() {
        return CAI.NS;
    }

    /**
     * Page furniture (headline, teaser, byline, caption, credit) states nothing
     * about the world: it may carry facts about the article itself (its title,
     * its author) and nothing else. Reports any other fact.
     */
    private boolean furnitureStatesTheWorld(Excerpt x, Fact f, String articleId) {
        if (x.pagePart() == null || (f.subject() != null && f.subject().id().equals(articleId))) {
            return false;
        }
        ctx.error(f.location(), "excerpt '" + x.id() + "' is the page's " + x.pagePart()
                + ": page furniture supports only facts about the article (" + articleId
                + "); annotate what it says about the world on the article's own text, or drop this fact");
        return true;
    }
}
