package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.KgException;
import java.util.Locale;

/**
 * How much of each article's text a publication carries. The articles are press
 * texts whose rights stay with their publishers, so the default is
 * {@link #CONTEXT}: every quote can still be checked in its surroundings, but
 * the articles are not republished whole.
 */
public enum SourceTextMode {
    /** The whole article text, as in {@code seeds/}. */
    FULL("the full text of each article"),
    /** The quoted excerpts, each with up to {@link #WINDOW} characters of text on either side. */
    CONTEXT("only the quoted excerpts, each with at most " + SourceTextMode.WINDOW + " characters of text before and after it"),
    /** The quoted excerpts and nothing around them. */
    NONE("only the quoted excerpts, without any surrounding text");

    /** Characters (code points) of text kept on each side of an excerpt in {@link #CONTEXT} mode. */
    public static final int WINDOW = 80;
    /** The mode a publication uses unless told otherwise. */
    public static final SourceTextMode DEFAULT = CONTEXT;

    private final String carries;

    SourceTextMode(String carries) {
        this.carries = carries;
    }

    /** What a publication in this mode carries of the articles, as a phrase. */
    public String carries() {
        return carries;
    }

    /** The option value: {@code full}, {@code context} or {@code none}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by an option value; a clear error for anything else. */
    public static SourceTextMode parse(String value) {
        for (SourceTextMode m : values()) {
            if (m.optionValue().equals(value)) {
                return m;
            }
        }
        throw new KgException("--source-text " + value + ": not a mode; give full (whole articles), context (excerpts "
                + "with " + WINDOW + " characters around them) or none (excerpts only)");
    }
}
