package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;

/**
 * The article a seed file describes: its id, its language and its rights as
 * the article states them (metadata facts come from excerpts). The rights are
 * the publishers and the rights holders the article names (an empty list: it
 * names none, so they are unknown) and its licence: {@value #ALL_RIGHTS_RESERVED}
 * when it grants none, else the IRI of the licence it names. A file without a
 * {@code rights:} block has all three null.
 */
public record ArticleDecl(String id, String language, List<Ref> publishers, List<Ref> rightsHolders, String license,
        Location location) {
    /** The licence value of an article that grants no licence: its press text is not ours to republish. */
    public static final String ALL_RIGHTS_RESERVED = "all-rights-reserved";

    public ArticleDecl {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "article: needs id: article-NNN");
        }
        Slugs.check(id, location);
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new AnnotationException(location, "article: needs language: as a two-letter code, e.g. language: de");
        }
        if ((publishers == null) != (license == null) || (rightsHolders == null) != (license == null)) {
            throw new AnnotationException(location, "article: rights: needs publisher:, rightsHolder: and license: "
                    + "(publisher: unknown and rightsHolder: unknown when the article names none)");
        }
        if (license != null && !license.equals(ALL_RIGHTS_RESERVED) && !license.matches("https?://\\S+")) {
            throw new AnnotationException(location, "article: rights: license: '" + license + "' is neither "
                    + ALL_RIGHTS_RESERVED + " (the article grants no licence) nor the http(s) IRI of a licence it names");
        }
        publishers = publishers == null ? null : List.copyOf(publishers);
        rightsHolders = rightsHolders == null ? null : List.copyOf(rightsHolders);
    }

    /** An article whose rights are not recorded. */
    public ArticleDecl(String id, String language, Location location) {
        this(id, language, null, null, null, location);
    }

    /** Whether the file records the article's rights. */
    public boolean hasRights() {
        return license != null;
    }
}
