package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.Objects;

/** The article a seed file describes: its id and its language (metadata facts come from excerpts). */
public record ArticleDecl(String id, String language, Location location) {
    public ArticleDecl {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "article: needs id: article-NNN");
        }
        Slugs.check(id, location);
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new AnnotationException(location, "article: needs language: as a two-letter code, e.g. language: de");
        }
    }
}
