package dev.chinaai.kg.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.server.store.Release;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseIdentity;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The published, immutable graph and what every route needs of it: the
 * dataset (read in read transactions), the base IRI, when it was published,
 * and a cache of rendered responses (the graph never changes while served, so
 * each representation is rendered once and revalidated by its ETag).
 */
public final class Publication {
    private final ProjectLayout layout;
    private final DatasetGraph dataset;
    private final IriBase base;
    private final String sparqlPath;
    private final long quads;
    private final long lastModified;
    private final ReleaseIdentity identity;
    /** Rendered documents and pages, each rendered once, kept within a bound. */
    private final Renderings renderings = new Renderings();
    /** Paths the graph describes, as far as asked: at most {@value #KNOWN_PATHS} (1000x has millions). */
    private final Cache<String, Boolean> known = Caffeine.newBuilder().maximumSize(KNOWN_PATHS).build();
    private static final int KNOWN_PATHS = 100_000;
    private volatile Stats stats;
    private final RebuildStatus rebuild;
    private final ReleaseHistory history;
    private volatile SourceTextMode sourceTextMode;

    /** A publication of the dataset, named by its content digest, without releases beside it, modified now. */
    public Publication(ProjectLayout layout, DatasetGraph dataset, IriBase base, String sparqlPath, long quads) {
        this(layout, dataset, base, sparqlPath, quads, ReleaseIdentity.of(Release.of(dataset, base.iri()).digest(), null, null),
                System.currentTimeMillis(), new RebuildStatus(), ReleaseHistory.NONE);
    }

    /**
     * A publication of a graph with its release identity, last modified at the
     * given time (epoch milliseconds; HTTP dates have whole seconds), sharing
     * the status of a watching server's rebuilds with the publications before
     * and after it, with the releases published beside it (listed,
     * downloadable and dating each statement on the pages) from the start, so
     * that no page is ever rendered without them.
     */
    public Publication(ProjectLayout layout, DatasetGraph dataset, IriBase base, String sparqlPath, long quads,
            ReleaseIdentity identity, long lastModified, RebuildStatus rebuild, ReleaseHistory releases) {
        this.rebuild = rebuild;
        this.layout = layout;
        this.dataset = dataset;
        this.base = base;
        this.sparqlPath = sparqlPath;
        this.quads = quads;
        this.identity = identity;
        Release.checked(identity.id());
        this.history = releases;
        this.lastModified = lastModified / 1000 * 1000;
    }

    /** The release served: in the X-Release header, every ETag and VoID (a version, or the digest of an unreleased graph). */
    public String release() {
        return identity.id();
    }

    /** Which release the served graph is, if any, and its content digest. */
    public ReleaseIdentity identity() {
        return identity;
    }

    public ProjectLayout layout() {
        return layout;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The problems of the last rebuild while watching (empty when the served graph is the latest). */
    public RebuildStatus rebuild() {
        return rebuild;
    }

    public IriBase base() {
        return base;
    }

    public String endpoint() {
        return base.iri() + sparqlPath.substring(1);
    }

    long quads() {
        return quads;
    }

    public long lastModified() {
        return lastModified;
    }

    public Node iri(String path) {
        return NodeFactory.createURI(base.iri() + path);
    }

    /** A term of the ontology, in the namespace of the published base. */
    public Node term(String localName) {
        return NodeFactory.createURI(base.ontologyNamespace() + localName);
    }

    /** The releases folder, or null when none is published. */
    public ReleaseShelf releases() {
        return history.shelf();
    }

    /** The IRI of a release if this server publishes it (at /releases/VERSION/), else null. */
    public String releaseIri(ReleaseVersion v) {
        ReleaseShelf shelf = history.shelf();
        return v != null && shelf != null && shelf.versions().contains(v) ? ReleaseShelf.iri(base.iri(), v) : null;
    }

    /** Since which release each statement is published ({@link ReleaseHistory#NONE} without releases). */
    public ReleaseHistory history() {
        return history;
    }

    /** How much of the articles the served graph carries, as read from it. */
    public SourceTextMode sourceTextMode() {
        SourceTextMode m = sourceTextMode;
        if (m == null) {
            m = Txn.calculateRead(dataset, () -> SourceTexts.modeOf(dataset, term("sourceText")));
            sourceTextMode = m;
        }
        return m;
    }

    /** The rendered response for a key, rendering it on first use (see {@link Renderings#cached}). */
    public Rendered cached(String key, Supplier<Rendered> render) {
        return renderings.cached(key, render);
    }

    /** The counts of the graph, for the landing page and VoID; computed once (the graph never changes). */
    public Stats stats() {
        Stats s = stats;
        if (s == null) {
            s = Stats.of(this);
            stats = s;
        }
        return s;
    }

    /** A page computed from what the client asked (a search), rendered once per key while there is room. */
    public Rendered answer(String key, Supplier<Rendered> render) {
        return renderings.answer(key, render);
    }

    /** A rendered response if there is one already. */
    public Rendered cachedIfPresent(String key) {
        return renderings.cachedIfPresent(key);
    }

    /** Where this publication keeps its renderings (for tests of the bounds). */
    Renderings renderings() {
        return renderings;
    }

    /**
     * Whether the graph says anything about the resource at this path. A yes is
     * remembered while there is room (the graph never changes); a no is not, so
     * that requests for made-up paths cannot push the real ones out.
     */
    public boolean describesPath(String path) {
        if (known.getIfPresent(path) != null) {
            return true;
        }
        boolean yes = describes(iri(path.substring(1)));
        if (yes) {
            known.put(path, Boolean.TRUE);
        }
        return yes;
    }

    /**
     * The IRI of the entity that replaced the one at this path after a merge
     * ({@code dcterms:replaces}), or null: such an old IRI answers 301 there.
     */
    public Node successor(String path) {
        Node old = iri(path.substring(1));
        return Txn.calculateRead(dataset, () -> {
            var found = dataset.find(Node.ANY, Node.ANY, DCTerms.replaces.asNode(), old);
            return found.hasNext() ? found.next().getSubject() : null;
        });
    }

    /**
     * Why the claim at this path was withdrawn ({@code owl:deprecated}, with its
     * rdfs:comment), or null when it was not: such an IRI answers 410 Gone.
     */
    public String withdrawal(String path) {
        Node old = iri(path.substring(1));
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.contains(Node.ANY, old, org.apache.jena.vocabulary.OWL2.deprecated.asNode(),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))) {
                return null;
            }
            var reason = dataset.find(Node.ANY, old, RDFS.comment.asNode(), Node.ANY);
            return reason.hasNext() ? reason.next().getObject().getLiteralLexicalForm() : "withdrawn";
        });
    }

    /** Whether the graph says anything about the node, as subject or object, in any graph. */
    boolean describes(Node n) {
        return Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || dataset.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext()
                || dataset.find(n, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** A label in the language (else English, else any), or null. Call inside a read transaction. */
    public String label(Node n, String lang) {
        String any = null;
        String en = null;
        var it = dataset.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String l = o.getLiteralLanguage();
            if (l.equalsIgnoreCase(lang)) {
                return o.getLiteralLexicalForm();
            }
            if (l.equalsIgnoreCase("en")) {
                en = o.getLiteralLexicalForm();
            }
            any = any == null ? o.getLiteralLexicalForm() : any;
        }
        return en != null ? en : any;
    }

    /** The union of all named graphs, as the SPARQL default graph shows it. */
    public Graph union() {
        return dataset.getGraph(Quad.unionGraph);
    }
}
