package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The debates: claims grouped by what they are about, each group laid out as
 * threads in which a claim stands beside the claim it supports or
 * contradicts, the curator's note on the link between them. A claim about
 * several things sits in the group of the most specific one (the one with the
 * fewest claims), so every claim is shown once; links that do not fit a
 * thread are listed under their claim.
 */
public final class Debates {
    record Link(Node node, Node from, Node to, boolean contradicts, String note) {
        Node other(Node c) {
            return c.equals(from) ? to : from;
        }
    }

    /**
     * The claim links of the whole graph, once per publication: every entity page asks for its debates, and
     * at 1000x the seeds collecting the links and times on each page took about 3 s of it (84 % of an entity
     * page's samples).
     */
    private static final PerPublication<List<Link>> LINKS = new PerPublication<>(Debates::links);

    private final Publication pub;
    private final java.util.function.Function<Node, String> href;
    private final Map<Node, When> times;
    private final List<Link> links;

    private Debates(Publication pub, boolean atRoot) {
        this.pub = pub;
        this.href = atRoot ? n -> Hrefs.fromRoot(pub, n) : n -> Hrefs.of(pub, n);
        this.times = TimeAdapter.times(pub);
        this.links = LINKS.of(pub);
    }

    private static List<Link> links(Publication pub) {
        List<Link> links = new ArrayList<>();
        for (Triple t : pub.union().find(Node.ANY, RDF.type.asNode(), pub.term("ClaimLink")).toList()) {
            Node l = t.getSubject();
            Node from = Select.object(pub, l, pub.term("fromClaim"));
            Node to = Select.object(pub, l, pub.term("toClaim"));
            Node note = Select.object(pub, l, RDFS.comment.asNode());
            if (from != null && to != null) {
                links.add(new Link(l, from, to, pub.union().contains(l, RDF.type.asNode(), pub.term("ContradictionLink")),
                        note == null ? "" : note.getLiteralLexicalForm()));
            }
        }
        links.sort(Comparator.comparing(l -> l.node().getURI()));
        return List.copyOf(links);
    }

    /**
     * Every claim of the graph, grouped by what it is about; with {@code about}
     * (an entity path) only that group. On the page of all groups a claim that
     * no link ties to another is one line (its page and its group's page give
     * its German words), so that the page stays light as claims are added.
     * Call inside a read transaction.
     */
    public static Map<String, Object> all(Publication pub, String about) {
        Debates d = new Debates(pub, true);
        List<Node> claims = d.subjects(RDF.type.asNode(), pub.term("Claim"));
        Map<Node, Integer> perAbout = new HashMap<>();
        for (Node c : claims) {
            d.objects(c, pub.term("about")).forEach(a -> perAbout.merge(a, 1, Integer::sum));
        }
        Map<Node, List<Node>> groups = new LinkedHashMap<>();
        for (Node c : claims) {
            Node primary = d.objects(c, pub.term("about")).stream()
                    .min(Comparator.comparing((Node a) -> perAbout.get(a)).thenComparing(a -> Hrefs.label(pub, a)))
                    .orElse(pub.iri("id/"));
            groups.computeIfAbsent(primary, k -> new ArrayList<>()).add(c);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((topic, members) -> {
            String path = Hrefs.path(pub, topic);
            if (about == null || about.equals(path)) {
                Map<String, Object> g = d.group(members, c -> true);
                g.put("about", topic.getURI().endsWith("/id/") ? "nothing named" : Hrefs.label(pub, topic));
                g.put("anchor", "t-" + topic.getURI().substring(topic.getURI().lastIndexOf('/') + 1));
                g.put("aboutHref", d.href.apply(topic) == null ? Boolean.FALSE : d.href.apply(topic));
                g.put("path", path);
                g.put("compact", about == null);
                out.add(g);
            }
        });
        out.sort(Comparator.comparing((Map<String, Object> g) -> -(int) g.get("linkCount"))
                .thenComparing(g -> -(int) g.get("claimCount"))
                .thenComparing(g -> ((String) g.get("about")).toLowerCase(Locale.ROOT)));
        return Map.of("groups", out, "claimCount", claims.size(), "linkCount", d.links.size(), "one", about != null);
    }

    /** The claims by or about one entity, as one group; null when there are none. Call inside a read transaction. */
    public static Map<String, Object> involving(Publication pub, Node entity) {
        Debates d = new Debates(pub, false);
        Set<Node> claims = new java.util.TreeSet<>(Comparator.comparing(Node::getURI));
        claims.addAll(d.subjects(pub.term("about"), entity));
        claims.addAll(d.subjects(pub.term("claimant"), entity));
        claims.removeIf(c -> !pub.union().contains(c, RDF.type.asNode(), pub.term("Claim")));
        return claims.isEmpty() ? null : d.group(new ArrayList<>(claims), claims::contains);
    }

    /** A group: its threads (claim, link, claim, ...), the claims that stand alone, and its counts. */
    private Map<String, Object> group(List<Node> members, Predicate<Node> onPage) {
        members.sort(Comparator.comparing(Node::getURI));
        Set<Node> in = Set.copyOf(members);
        List<Link> inner = links.stream().filter(l -> in.contains(l.from()) && in.contains(l.to())).toList();
        Set<Node> placed = new java.util.HashSet<>();
        List<Link> threaded = new ArrayList<>();
        List<Map<String, Object>> threads = new ArrayList<>();
        List<Node> byDegree = new ArrayList<>(members);
        byDegree.sort(Comparator.comparing((Node c) -> -inner.stream().filter(l -> l.from().equals(c) || l.to().equals(c)).count()));
        for (Node start : byDegree) {
            if (placed.contains(start) || inner.stream().noneMatch(l -> l.from().equals(start) || l.to().equals(start))) {
                continue;
            }
            List<Object[]> steps = new ArrayList<>();
            Node cur = start;
            placed.add(cur);
            steps.add(new Object[] {cur, null});
            while (true) {
                Node at = cur;
                Link next = inner.stream().filter(l -> (l.from().equals(at) || l.to().equals(at)) && !placed.contains(l.other(at)))
                        .findFirst().orElse(null);
                if (next == null) {
                    break;
                }
                cur = next.other(at);
                placed.add(cur);
                threaded.add(next);
                steps.add(new Object[] {cur, next});
            }
            threads.add(Map.of("steps", steps(steps, threaded, onPage)));
        }
        List<Map<String, Object>> single = members.stream().filter(c -> !placed.contains(c))
                .map(c -> card(c, threaded, onPage)).toList();
        Map<String, Object> g = new HashMap<>();
        g.put("threads", threads);
        g.put("single", single);
        g.put("claimCount", members.size());
        g.put("linkCount", inner.size());
        g.put("hasLinks", !inner.isEmpty());
        return g;
    }

    private List<Map<String, Object>> steps(List<Object[]> chain, List<Link> threaded, Predicate<Node> onPage) {
        List<Map<String, Object>> steps = new ArrayList<>();
        Node prev = null;
        for (Object[] s : chain) {
            Node c = (Node) s[0];
            Link l = (Link) s[1];
            if (l != null) {
                Map<String, Object> link = new HashMap<>();
                link.put("kind", l.contradicts() ? "contradicts" : "supports");
                link.put("arrow", l.contradicts() ? "⟷" : l.from().equals(prev) ? "→" : "←");
                link.put("note", l.note());
                link.put("from", l.from().getURI());
                link.put("to", l.to().getURI());
                steps.add(Map.of("link", link, "card", Boolean.FALSE));
            }
            steps.add(Map.of("card", card(c, threaded, onPage), "link", Boolean.FALSE));
            prev = c;
        }
        return steps;
    }

    /** A claim: who, where, when, the German words beside the English, and its links that no thread shows. */
    private Map<String, Object> card(Node c, List<Link> threaded, Predicate<Node> onPage) {
        Map<String, Object> m = new HashMap<>();
        m.put("anchor", anchor(c));
        m.put("href", href.apply(c));
        Node claimant = object(c, pub.term("claimant"));
        m.put("claimant", claimant == null ? "" : Hrefs.label(pub, claimant));
        m.put("claimantHref", claimant == null ? Boolean.FALSE : href.apply(claimant));
        Node article = object(c, pub.term("reportedIn"));
        m.put("article", article == null ? "" : Hrefs.label(pub, article));
        m.put("articleHref", article == null ? Boolean.FALSE : href.apply(article));
        Node time = object(c, pub.term("time"));
        When w = time == null ? null : times.get(time);
        m.put("when", w == null ? Boolean.FALSE : w.text());
        m.put("iso", w == null || !w.dated() ? Boolean.FALSE : w.iso());
        Node de = object(c, pub.term("originalText"));
        m.put("de", de == null ? "" : de.getLiteralLexicalForm());
        m.put("en", english(c));
        m.put("enShort", Hrefs.shorten(english(c), 140));
        List<Map<String, Object>> more = new ArrayList<>();
        for (Link l : links) {
            if ((l.from().equals(c) || l.to().equals(c)) && !threaded.contains(l) && (l.from().equals(c) || !onPage.test(l.from()))) {
                Node other = l.other(c);
                Node who = object(other, pub.term("claimant"));
                more.add(Map.of("kind", l.contradicts() ? "contradicts" : l.from().equals(c) ? "supports" : "is supported by",
                        "href", onPage.test(other) ? "#" + anchor(other) : href.apply(other),
                        "text", (who == null ? "" : Hrefs.label(pub, who) + ": ") + Hrefs.shorten(english(other), 60),
                        "note", l.note()));
            }
        }
        m.put("more", more);
        return m;
    }

    private String english(Node c) {
        Node rendering = object(c, pub.term("rendering"));
        Node en = rendering == null ? null : object(rendering, pub.term("text"));
        return en == null ? Hrefs.label(pub, c) : en.getLiteralLexicalForm();
    }

    private static String anchor(Node c) {
        return "c-" + c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
    }

    private Node object(Node s, Node p) {
        return Select.object(pub, s, p);
    }

    private List<Node> objects(Node s, Node p) {
        return pub.union().find(s, p, Node.ANY).toList().stream().map(Triple::getObject).distinct().toList();
    }

    private List<Node> subjects(Node p, Node o) {
        return pub.union().find(Node.ANY, p, o).toList().stream().map(Triple::getSubject).distinct()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }
}
