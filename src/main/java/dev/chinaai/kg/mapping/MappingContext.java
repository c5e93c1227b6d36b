package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Problems;
import dev.chinaai.kg.diagnostics.Suggestions;
import dev.chinaai.kg.vocab.CAI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * State shared by the mappers of one run: the dataset being written, the
 * problems found, and the indexes of entities, excerpts and mentions that
 * references resolve against.
 */
final class MappingContext {
    /** A registry entity or article: its type name (a spec) and IRI. */
    record EntityInfo(String id, String type, Node iri, Location location) {
    }

    /** A located excerpt: its IRI, its fact graph and its article. */
    record ExcerptInfo(String seed, String id, Node iri, Node graph, Node article, String quote, String pagePart) {
    }

    /**
     * One graph per excerpt, each a plain in-memory graph: a quad is added once and
     * never changed, so the transactional in-memory dataset (six persistent indexes,
     * a write transaction per add) cost 70 % of a 100x build for nothing. Lookups
     * across graphs go through the indexes below, not through a scan of every graph.
     */
    final DatasetGraph dataset = DatasetGraphFactory.create();
    /** The objects of every {@code cai:published} triple by subject (the article's report date), in any graph. */
    private final Map<Node, Set<Node>> published = new HashMap<>();
    final Problems problems = new Problems();
    final Map<String, EntityInfo> entities = new LinkedHashMap<>();
    /** English labels by entity id, for the labels of minted relations. */
    final Map<String, String> labels = new HashMap<>();
    /** Excerpts by seed file name, then by id. */
    final Map<String, Map<String, ExcerptInfo>> excerpts = new HashMap<>();
    /** For every entity id, the excerpts that mention it, in order. */
    final Map<String, List<ExcerptInfo>> mentions = new LinkedHashMap<>();

    void add(Node graph, Node s, Node p, Node o) {
        dataset.add(graph, s, p, o);
        if (p.equals(CAI.published.asNode())) {
            published.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(o);
        }
    }

    void add(Node graph, Node s, RDFNode p, Node o) {
        add(graph, s, p.asNode(), o);
    }

    void add(Node graph, Node s, RDFNode p, RDFNode o) {
        add(graph, s, p.asNode(), o.asNode());
    }

    /** The report dates of an article, from whichever graph states them. */
    Set<Node> published(Node article) {
        return published.getOrDefault(article, Set.of());
    }

    void error(Location at, String message) {
        problems.add(at, message);
    }

    /** The entity a reference names, or null after reporting it with the closest known id. */
    EntityInfo entity(Ref ref) {
        EntityInfo e = entities.get(ref.id());
        if (e == null) {
            error(ref.location(), "unknown entity '" + ref.id() + "'" + Suggestions.didYouMean(ref.id(), entities.keySet())
                    + " (add it to mappings/registry.yaml if it is new)");
        }
        return e;
    }

    /** Like {@link #entity(Ref)}, and the entity must be of one of the target types. */
    EntityInfo entity(Ref ref, java.util.Collection<String> targets, String field) {
        EntityInfo e = entity(ref);
        if (e != null && targets.stream().noneMatch(t -> Specs.isA(e.type(), t))) {
            error(ref.location(), field + " takes " + String.join(" or ", new java.util.TreeSet<>(targets)) + ", but '"
                    + ref.id() + "' is a " + e.type());
            return null;
        }
        return e;
    }

    /** An excerpt of the same seed file, or null after reporting it. */
    ExcerptInfo excerpt(String seedFile, Ref ref) {
        Map<String, ExcerptInfo> bySeed = excerpts.getOrDefault(seedFile, Map.of());
        ExcerptInfo x = bySeed.get(ref.id());
        if (x == null) {
            error(ref.location(), "unknown excerpt '" + ref.id() + "' in this file" + Suggestions.didYouMean(ref.id(), bySeed.keySet()));
        }
        return x;
    }

    void mentioned(String entityId, ExcerptInfo excerpt) {
        List<ExcerptInfo> list = mentions.computeIfAbsent(entityId, k -> new ArrayList<>());
        if (!list.contains(excerpt)) {
            list.add(excerpt);
        }
    }
}
