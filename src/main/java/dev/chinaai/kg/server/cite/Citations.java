package dev.chinaai.kg.server.cite;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.vocab.OA;
import dev.chinaai.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The works a page rests on, read from the graph: for an excerpt, the excerpt
 * and its article; for a claim, the excerpts it is stated in and their
 * articles; for an article, the article; for any other resource, the excerpts
 * that mention it or that its statements were derived from, and their
 * articles. The graph names no web address of the original articles, so an
 * article's URL is its page here, where its full text is published.
 */
final class Citations {
    private final Publication pub;
    private final Graph g;

    private Citations(Publication pub) {
        this.pub = pub;
        this.g = pub.dataset().getUnionGraph();
    }

    /** The works behind a resource, articles first; runs in a read transaction of the publication. */
    static List<Work> of(Publication pub, Node resource) {
        return new Citations(pub).works(resource);
    }

    private List<Work> works(Node r) {
        TreeSet<String> excerpts = new TreeSet<>();
        TreeSet<String> articles = new TreeSet<>();
        if (isA(r, "Article")) {
            articles.add(r.getURI());
        } else if (isA(r, "Excerpt")) {
            excerpts.add(r.getURI());
        } else if (isA(r, "Claim")) {
            objects(r, pub.term("statedIn")).forEach(e -> excerpts.add(e.getURI()));
            objects(r, pub.term("reportedIn")).forEach(a -> articles.add(a.getURI()));
        } else {
            g.find(Node.ANY, pub.term("mentions"), r).forEachRemaining(t -> excerpts.add(t.getSubject().getURI()));
            for (Triple st : g.find(Node.ANY, RDF.subject.asNode(), r).toList()) {
                objects(st.getSubject(), PROV.wasDerivedFrom.asNode()).stream().filter(e -> isA(e, "Excerpt"))
                        .forEach(e -> excerpts.add(e.getURI()));
            }
        }
        excerpts.forEach(e -> objects(uri(e), OA.hasSource.asNode()).forEach(a -> articles.add(a.getURI())));
        List<Work> out = new ArrayList<>();
        articles.forEach(a -> out.add(article(uri(a))));
        excerpts.forEach(e -> out.add(excerpt(uri(e))));
        out.sort(Comparator.comparing((Work w) -> w.kind()).thenComparing(Work::key));
        return out;
    }

    private Work article(Node a) {
        String language = literal(a, DCTerms.language.asNode(), null);
        String title = literal(a, pub.term("title"), language);
        Node published = first(a, pub.term("published"));
        String date = published == null ? null : literal(published, pub.term("date"), null);
        Node publisher = first(a, pub.term("publisher"));
        List<String> authors = objects(a, pub.term("author")).stream().map(this::name).sorted().toList();
        String seed = literal(a, pub.term("seedFile"), null);
        String note = seed == null ? null : "Seed file " + seed + ", SHA-256 " + literal(a, pub.term("sha256"), null);
        return new Work(key(a), Work.Kind.ARTICLE, title != null ? title : name(a), authors,
                publisher == null ? null : name(publisher), null, date, a.getURI(), language, note);
    }

    private Work excerpt(Node e) {
        Node a = first(e, OA.hasSource.asNode());
        Work article = article(a);
        String exact = null;
        String start = null;
        String end = null;
        for (Node sel : objects(e, OA.hasSelector.asNode())) {
            exact = exact != null ? exact : literal(sel, OA.exact.asNode(), null);
            start = start != null ? start : literal(sel, OA.start.asNode(), null);
            end = end != null ? end : literal(sel, OA.end.asNode(), null);
        }
        String where = start == null ? "" : "Characters " + start + "-" + end + " of ";
        return new Work(key(e), Work.Kind.EXCERPT, exact != null ? exact : name(e), article.authors(), article.publisher(),
                article.title(), article.date(), e.getURI(), article.language(),
                where + (article.note() != null ? article.note().replaceFirst("^Seed", "seed") : article.url()));
    }

    /** The path of the IRI below the base, as a key: {@code excerpt/003/x} becomes {@code excerpt-003-x}. */
    private String key(Node n) {
        String path = n.getURI().substring(pub.base().iri().length());
        return (path.startsWith("id/") ? path.substring(3) : path).replace('/', '-');
    }

    private boolean isA(Node n, String cls) {
        return g.contains(n, RDF.type.asNode(), pub.term(cls));
    }

    private List<Node> objects(Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList();
    }

    private Node first(Node s, Node p) {
        List<Node> o = objects(s, p);
        o.sort(Comparator.comparing(Node::getURI));
        return o.isEmpty() ? null : o.get(0);
    }

    /** A literal of the subject, in the language asked for if there is one, else the first by lexical form. */
    private String literal(Node s, Node p, String lang) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return values.stream().filter(v -> lang == null || lang.equals(v.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().findFirst()
                .orElse(values.stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null));
    }

    private String name(Node n) {
        String label = pub.label(n, "en");
        return label != null ? label : n.getURI();
    }

    private static Node uri(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
