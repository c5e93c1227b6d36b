package dev.chinaai.kg.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;

/**
 * A SPARQL request as real clients send it, put into the form Fuseki reads.
 * <ul>
 * <li>The result format named by {@code format}, {@code output} or
 * {@code results} (SPARQLWrapper sends {@code format=rdf+xml&output=rdf+xml}
 * beside its Accept header) becomes the preferred media type of the Accept
 * header; the parameters themselves are hidden from Fuseki, which knows
 * fewer names and answers 400 for the others. A name not listed here leaves
 * the Accept header to decide.</li>
 * <li>The Accept header is lower-cased: media types are case-insensitive
 * (RFC 9110 8.3.1), Fuseki compares them as given.</li>
 * <li>HEAD is answered as GET without a body (RFC 9110 9.3.2); Fuseki's query
 * operation refuses HEAD with 405.</li>
 * </ul>
 */
public final class ProtocolRequest extends HttpServletRequestWrapper {
    private static final Set<String> FORMAT_PARAMS = Set.of("format", "output", "results");
    /** Result format names clients send, to the media types they mean (SELECT/ASK first, then graphs). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("json", "application/sparql-results+json, application/ld+json"),
            Map.entry("xml", "application/sparql-results+xml, application/rdf+xml"),
            Map.entry("rdf+xml", "application/rdf+xml"),
            Map.entry("rdf", "application/rdf+xml"),
            Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("json-ld", "application/ld+json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("n3", "text/turtle"),
            Map.entry("turtle", "text/turtle"),
            Map.entry("ttl", "text/turtle"),
            Map.entry("nt", "application/n-triples"),
            Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"),
            Map.entry("nq", "application/n-quads"),
            Map.entry("nquads", "application/n-quads"),
            Map.entry("trig", "application/trig"),
            Map.entry("csv", "text/csv"),
            Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("text", "text/plain"));

    private final String accept;

    private ProtocolRequest(HttpServletRequest request, String accept) {
        super(request);
        this.accept = accept;
    }

    /** The request as Fuseki should see it. */
    public static HttpServletRequest of(HttpServletRequest request) {
        String named = null;
        for (String p : FORMAT_PARAMS) {
            String v = request.getParameter(p);
            if (v != null && named == null) {
                named = mediaTypes(v.trim().toLowerCase(Locale.ROOT));
            }
        }
        String given = request.getHeader("Accept");
        String lower = given == null ? null : given.toLowerCase(Locale.ROOT);
        String accept = named == null ? lower : lower == null || lower.isBlank() ? named : named + fallback(lower);
        return new ProtocolRequest(request, accept);
    }

    /**
     * The client's own ranges after the named types, at half their quality:
     * Fuseki picks by quality, so the named type wins wherever the query form
     * has it, and the Accept header decides where it has not (rdf+xml for a SELECT).
     */
    private static String fallback(String accept) {
        StringBuilder b = new StringBuilder();
        try {
            for (MediaRange r : new AcceptList(accept).entries()) {
                b.append(", ").append(r.getContentTypeStr()).append(";q=")
                        .append(String.format(Locale.ROOT, "%.3f", r.get_q() / 2));
            }
        } catch (RuntimeException e) {
            // Not a list of media ranges: the named type alone.
            return "";
        }
        return b.toString();
    }

    private static String mediaTypes(String name) {
        String known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        // A full media type (with no list or parameters that could rewrite the header) is taken as it is.
        return name.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+") ? name : null;
    }

    @Override
    public String getMethod() {
        String m = super.getMethod();
        return "HEAD".equals(m) ? "GET" : m;
    }

    @Override
    public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if ("Accept".equalsIgnoreCase(name)) {
            return accept == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(accept));
        }
        return super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
        return FORMAT_PARAMS.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return FORMAT_PARAMS.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
        m.keySet().removeAll(FORMAT_PARAMS);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
