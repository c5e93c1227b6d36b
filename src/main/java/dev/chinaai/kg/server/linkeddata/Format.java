package dev.chinaai.kg.server.linkeddata;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a document, each with its media type and suffix.
 * Content negotiation picks one from the Accept header (with Jena's
 * RFC 9110 media-range matching); a suffix URL names one directly.
 */
public enum Format {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS),
    JSONLD("jsonld", "application/ld+json", null),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    /** One media range of an Accept header: type/subtype with optional parameters. */
    private static final Pattern RANGE = Pattern.compile(
            "\\s*[\\w!#$%&'*+.^`|~-]+/[\\w!#$%&'*+.^`|~-]+\\s*(;\\s*[\\w!#$%&'*+.^`|~-]+\\s*=\\s*(\"[^\"]*\"|[\\w!#$%&'*+.^`|~-]+)\\s*)*");
    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(f -> f.mediaType).toArray(String[]::new));

    public final String suffix;
    final String mediaType;
    final RDFFormat rdf;

    Format(String suffix, String mediaType, RDFFormat rdf) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.rdf = rdf;
    }

    public String contentType() {
        return mediaType + "; charset=utf-8";
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
        MediaType m = AcceptList.match(new AcceptList(accept), OFFER);
        if (m == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(m.getContentTypeStr())).findFirst();
    }

    public static String offered() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.mediaType).toList());
    }
}
