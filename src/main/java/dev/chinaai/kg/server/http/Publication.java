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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Rendered> cache = new ConcurrentHashMap<>();
    /** Renderings under way, so that concurrent requests for one key share one. */
    private final Map<String, CompletableFuture<Rendered>> rendering = new ConcurrentHashMap<>();
    /**
     * Pages whose keys come from the client (search words): bounded by weight, since
     * any number of different words can be asked for, unlike the graph's resources.
     */
    private final Cache<String, Rendered> answers = Caffeine.newBuilder().maximumWeight(ANSWER_BYTES)
            .weigher((String k, Rendered r) -> 2 * k.length() + r.body().length + r.etag().length() * 2 + 200).build();
    /** Heap for pages computed from client input (search); a page is a few to a few hundred KB. */
    static final long ANSWER_BYTES = 16L << 20;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
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

    /**
     * The rendered response for a key, rendering it on first use. Clients that
     * ask while it is being rendered wait for that one rendering: on a cold
     * server, 64 clients asking for a handful of pages would otherwise render
     * each page many times at once and all of them answer late. A failed
     * rendering reaches everyone waiting for it and is tried again by the next
     * request.
     */
    public Rendered cached(String key, Supplier<Rendered> render) {
        Rendered r = cache.get(key);
        if (r != null) {
            return r;
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return joined(running);
        }
        try {
            r = cache.get(key);
            if (r == null) {
                r = render.get();
                cache.put(key, r);
            }
            mine.complete(r);
            return r;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** The result of another request's rendering, or its failure as it was thrown there. */
    private static Rendered joined(CompletableFuture<Rendered> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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

    /**
     * A page computed from what the client asked (a search), rendered once per
     * distinct key and kept while the bounded cache has room for it.
     */
    public Rendered answer(String key, Supplier<Rendered> render) {
        return answers.get(key, k -> render.get());
    }

    /** Pages held for client keys now (for tests of the bound). */
    long answersHeld() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** A rendered response if there is one already. */
    public Rendered cachedIfPresent(String key) {
        return cache.get(key);
    }

    /**
     * Whether the graph says anything about the resource at this path. A yes is
     * remembered (the graph never changes, and its resources are few); a no is
     * not, so that requests for made-up paths cannot fill the memory.
     */
    public boolean describesPath(String path) {
        if (known.containsKey(path)) {
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
