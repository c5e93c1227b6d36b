package dev.chinaai.kg.annotation;

import java.util.Objects;

/**
 * A claim's link to another claim it supports or contradicts, with the
 * curator's short English note on what they agree or differ in ({@code null}
 * when the file gives the bare id).
 */
public record ClaimLink(Ref claim, String note) {
    public ClaimLink {
        Objects.requireNonNull(claim, "claim");
        if (note != null && note.isBlank()) {
            throw new AnnotationException(claim.location(), "the note on the link to claim '" + claim.id()
                    + "' is empty: say in a few English words what the two claims agree or differ in, or drop note:");
        }
    }
}
