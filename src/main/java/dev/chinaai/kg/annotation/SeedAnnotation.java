package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;

/**
 * The annotation file of one seed: the seed it quotes, its article, its excerpts
 * and claims, and the claims an earlier reading published that are withdrawn
 * (each a claim id with the reason as its note), so that their IRIs answer 410.
 */
public record SeedAnnotation(String seedFile, ArticleDecl article, List<Excerpt> excerpts,
        List<ClaimAnnotation> claims, List<ClaimLink> withdrawn, Location location) {

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
        withdrawn = List.copyOf(withdrawn);
        for (ClaimLink w : withdrawn) {
            if (w.note() == null) {
                throw new AnnotationException(w.claim().location(), "withdrawn claim '" + w.claim().id()
                        + "' needs a reason: {claim: " + w.claim().id() + ", note: \"why it was withdrawn\"}");
            }
        }
    }
}
