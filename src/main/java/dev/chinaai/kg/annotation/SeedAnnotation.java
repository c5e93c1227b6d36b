package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;

/** The annotation file of one seed: the seed it quotes, its article, its excerpts and claims. */
public record SeedAnnotation(String seedFile, ArticleDecl article, List<Excerpt> excerpts,
        List<ClaimAnnotation> claims, Location location) {

    public SeedAnnotation {
        Objects.requireNonNull(location, "location");
        if (seedFile == null) {
            throw new AnnotationException(location, "the file names no seed: add seed: NNN_<hash>.txt");
        }
        if (article == null) {
            throw new AnnotationException(location, "the file has no article: block: add article: {id: article-NNN, language: de}");
        }
        excerpts = List.copyOf(excerpts);
        claims = List.copyOf(claims);
    }
}
