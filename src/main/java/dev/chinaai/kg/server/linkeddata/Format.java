package dev.chinaai.kg.server.linkeddata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a document, each with its media type and suffix.
 * Content negotiation picks one from the Accept header (with Jena's
 * RFC 9110 media-range matching, case-insensitive as RFC 9110 8.3.1 says); a
 * suffix URL names one directly. Besides its own media type each format
 * answers the older or looser types clients still send for it
 * ({@code text/plain} for N-Triples, {@code application/json} for JSON-LD,
 * {@code text/n3} for Turtle, which is N3, {@code application/xml} for
 * RDF/XML), after every exact type.
 */
public enum Format {
    HTML("html", "text/html", null, "application/xhtml+xml"),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS, "text/n3", "text/rdf+n3", "application/x-turtle"),
    JSONLD("jsonld", "application/ld+json", null, "application/json"),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8, "text/plain"),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, "application/xml", "text/xml"),
    NQUADS("nq", "application/n-quads", RDFFormat.NQUADS_UTF8),
    TRIG("trig", "application/trig", RDFFormat.TRIG_BLOCKS);

    /** One media range of an Accept header: type/subtype with optional parameters. */
    private static final Pattern RANGE = Pattern.compile(
            "\\s*[\\w!#$%&'*+.^`|~-]+/[\\w!#$%&'*+.^`|~-]+\\s*(;\\s*[\\w!#$%&'*+.^`|~-]+\\s*=\\s*(\"[^\"]*\"|[\\w!#$%&'*+.^`|~-]+)\\s*)*");
    /** Every media type offered, exact types first (they win ties, and a wildcard gets the first: HTML). */
    private static final Map<String, Format> BY_TYPE = byType();
    private static final AcceptList OFFER = AcceptList.create(BY_TYPE.keySet().toArray(String[]::new));

    public final String suffix;
    final String mediaType;
    final RDFFormat rdf;
    private final String[] aliases;

    Format(String suffix, String mediaType, RDFFormat rdf, String... aliases) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.rdf = rdf;
        this.aliases = aliases;
    }

    private static Map<String, Format> byType() {
        Map<String, Format> m = new LinkedHashMap<>();
        for (Format f : values()) {
            m.put(f.mediaType, f);
        }
        for (Format f : values()) {
            for (String a : f.aliases) {
                m.put(a, f);
            }
        }
        return m;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name people know the format by. */
    public String label() {
        return switch (this) {
            case HTML -> "HTML";
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF/XML";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
        };
    }

    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** Whether the format carries named graphs (N-Quads, TriG). */
    public boolean quads() {
        return this == NQUADS || this == TRIG;
    }

    public static Optional<Format> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /** Thrown for an Accept header that is not a list of media ranges. */
    public static final class MalformedAccept extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedAccept(String header) {
            super("malformed Accept header: '" + header + "'; expected media ranges such as text/turtle or "
                    + "application/ld+json;q=0.9");
        }
    }

    /** The best format for an Accept header (none or empty: HTML); empty when nothing offered is acceptable. */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        for (String range : accept.split(",")) {
            if (!range.isBlank() && !RANGE.matcher(range).matches()) {
                throw new MalformedAccept(accept);
            }
        }
        // Types, subtypes and the parameters we read (q) are case-insensitive; Jena compares them as given.
        MediaType m = AcceptList.match(new AcceptList(accept.toLowerCase(Locale.ROOT)), OFFER);
        return m == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(m.getContentTypeStr()));
    }

    public static String offered() {
        return String.join(", ", BY_TYPE.keySet());
    }
}
