package dev.chinaai.kg.server;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.vocab.CAI;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Asks the freshly started server, over HTTP on loopback, for one answer of
 * every kind (landing page, an article page, an entity as HTML, Turtle and
 * JSON-LD, a SPARQL answer, a search) before it is called ready. The first
 * answer of each kind loads classes, compiles templates and opens the text
 * index: 1-2 s of work that, left to the first clients, made 64 clients
 * arriving at once on a cold server wait past 2 s. Pages rendered here stay
 * in the publication's cache.
 */
final class Warmup {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Warmup() {
    }

    /** Requests each warm-up path once; a failing answer is reported in one line and does not stop the start. */
    static void run(Publication pub, String host, int port, PrintWriter log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        for (String[] request : requests(pub)) {
            URI uri = URI.create("http://" + host + ":" + port + request[1]);
            HttpRequest get = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", request[0]).build();
            try {
                int status = client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    log.printf("serve: warm-up: GET %s (%s) answered %d%n", request[1], request[0], status);
                }
            } catch (IOException e) {
                log.printf("serve: warm-up: GET %s failed: %s%n", request[1], e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Accept header and path of each warm-up request. */
    static List<String[]> requests(Publication pub) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"text/html", "/"});
        first(pub, CAI.Article.asNode()).ifPresent(a -> out.add(new String[] {"text/html", a + ".html"}));
        first(pub, CAI.Actor.asNode()).ifPresent(e -> {
            out.add(new String[] {"text/html", e + ".html"});
            out.add(new String[] {"text/turtle", e + ".ttl"});
            out.add(new String[] {"application/ld+json", e + ".jsonld"});
        });
        String query = "SELECT ?p ?o WHERE { <" + pub.iri("id/warm-up") + "> ?p ?o } LIMIT 1";
        out.add(new String[] {"application/sparql-results+json", "/sparql?query=" + encode(query)});
        out.add(new String[] {"text/html", "/search?q=" + encode("KI")});
        return out;
    }

    /** The path of the instance of the class with the smallest IRI under the base, if any. */
    private static Optional<String> first(Publication pub, Node type) {
        String base = pub.base().iri();
        Node published = pub.term(type.getLocalName());
        return Txn.calculateRead(pub.dataset(), () -> pub.union().find(Node.ANY, RDF.type.asNode(), published)
                .mapWith(t -> t.getSubject())
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(base))
                .toList().stream()
                .map(Node::getURI)
                .min(String::compareTo)
                .map(iri -> "/" + iri.substring(base.length())));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
