package dev.chinaai.kg.server.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.chinaai.kg.server.cite.CiteRoute;
import dev.chinaai.kg.server.cite.Formats;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.linkeddata.Format;
import dev.chinaai.kg.server.linkeddata.JsonLdWriter;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;

/**
 * HTML pages, rendered from Mustache templates in {@code /templates} (every
 * {@code {{value}}} is HTML-escaped by Mustache; templates use no unescaped
 * output, except the embedded JSON-LD, which {@link JsonLdWriter#forScript}
 * escapes for a script element). Each page gets the shared layout values:
 * base, endpoint, title.
 */
public final class Pages {
    private static final MustacheFactory MUSTACHE = new DefaultMustacheFactory("templates");

    private Pages() {
    }

    static String render(String template, Publication pub, String title, Map<String, Object> values) {
        Map<String, Object> scope = withEmptinessFlags(values);
        scope.put("title", title);
        scope.put("base", pub.base().iri());
        scope.put("endpoint", pub.endpoint());
        Mustache m = MUSTACHE.compile(template + ".mustache");
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }

    /**
     * Mustache has no "list is not empty" test, so every list in the view
     * (also inside maps and lists) gets a sibling flag {@code has_<name>}.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withEmptinessFlags(Map<String, Object> values) {
        Map<String, Object> out = new HashMap<>(values);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                out.put("has_" + e.getKey(), !list.isEmpty());
                out.put(e.getKey(), list.stream().map(x -> x instanceof Map<?, ?> m
                        ? withEmptinessFlags((Map<String, Object>) m) : x).toList());
            } else if (e.getValue() instanceof Map<?, ?> m) {
                out.put(e.getKey(), withEmptinessFlags((Map<String, Object>) m));
            }
        }
        return out;
    }

    /**
     * The page of a resource, an article (the source text) or the ontology. Each
     * links its RDF documents ({@code <link rel="alternate">}, which RDFa and
     * microdata extractors and crawlers follow) and embeds its JSON-LD, as
     * search engines read it.
     */
    public static String resource(Publication pub, String id, Graph doc) {
        Map<String, Object> view;
        String template = "entity";
        if (id.equals("/ontology")) {
            view = new HashMap<>(OntologyView.of(pub, doc));
            view.put("label", "Ontology");
            template = "ontology";
        } else if (id.equals("/shapes")) {
            view = new HashMap<>(Map.of("heading", "SHACL shapes", "label", "SHACL shapes",
                    "turtle", new String(RdfWriters.write(doc, Format.TURTLE, pub.base()), java.nio.charset.StandardCharsets.UTF_8)));
            template = "turtle";
        } else {
            Node n = pub.iri(id.substring(1));
            view = Txn.calculateRead(pub.dataset(), () -> EntityView.of(pub, n, doc));
            if (Boolean.TRUE.equals(view.get("isArticle"))) {
                view.putAll(Txn.calculateRead(pub.dataset(), () -> ArticleView.of(pub, n)));
            }
        }
        String iri = pub.base().iri() + id.substring(1);
        view.put("docs", Arrays.stream(Format.values()).filter(f -> f != Format.HTML).map(f -> Map.<String, Object>of(
                "href", iri + "." + f.suffix, "type", f.mediaType(), "name", f.label())).toList());
        view.put("jsonld", JsonLdWriter.forScript(pub, doc));
        if (id.startsWith("/id/") || id.startsWith("/claim/") || id.startsWith("/excerpt/")) {
            view.put("cite", Arrays.stream(Formats.values()).map(f -> Map.<String, Object>of(
                    "href", CiteRoute.href(pub, id, f), "type", f.mediaType, "name", f.label)).toList());
        }
        return render(template, pub, (String) view.get("label"), view);
    }

    static String notFound(Publication pub, String path, List<Map<String, Object>> suggestions) {
        return render("notfound", pub, "Not found", Map.of("path", path, "suggestions", suggestions,
                "hasSuggestions", !suggestions.isEmpty()));
    }
}
