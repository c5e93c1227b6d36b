package dev.chinaai.kg.reanchor;

/**
 * Where one excerpt's quote went in the new text. A sure anchor carries the
 * selector to write (the quote corrected where the text was); an unsure one
 * the nearest passage found and its score (1 is identical, 0 nothing alike).
 */
public record Anchor(Selector was, Status status, Selector now, String nearest, double score, String note) {
    /** What became of a quote. */
    public enum Status {
        /** Found as it was; its selector still picks it. */
        UNCHANGED(true),
        /** Found as it was, but its selector had to change to pick it (prefix, suffix or occurrence). */
        RESELECTED(true),
        /** The text between the quote's old context changed a little: the quote is rewritten to it. */
        CORRECTED(true),
        /** Found more than once, and its old context does not say which. */
        AMBIGUOUS(false),
        /** Not found; the nearest passage is only a guess. */
        NOT_FOUND(false);

        private final boolean sure;

        Status(boolean sure) {
            this.sure = sure;
        }

        public boolean sure() {
            return sure;
        }
    }

    public Anchor {
        if (status.sure() && now == null) {
            throw new IllegalArgumentException("a sure anchor needs the selector to write");
        }
    }

    public boolean sure() {
        return status.sure();
    }
}
