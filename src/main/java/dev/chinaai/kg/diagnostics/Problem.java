package dev.chinaai.kg.diagnostics;

import java.util.Objects;

/**
 * One thing wrong with the input: where it is, what is wrong and how to fix it.
 * Printed as {@code file:line:column: error: message}, the form editors and CI
 * logs link to.
 */
public record Problem(Location location, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        message = visible(message);
    }

    /**
     * Messages quote the curator's text (keys, ids, quotes). An invisible
     * character in it (a control character, U+2028, a byte order mark) would
     * make the message unreadable, or split it into lines that no longer start
     * with file:line:column; it is replaced by a visible escape of its code point.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(hidden ? String.format("\\u%04X", cp) : Character.toString(cp));
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return location + ": error: " + message;
    }
}
