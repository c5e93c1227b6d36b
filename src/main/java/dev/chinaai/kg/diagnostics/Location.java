package dev.chinaai.kg.diagnostics;

import java.util.Objects;

/**
 * A place in an input file: the file as the user knows it (relative to the
 * project), a 1-based line and a 1-based column. Every annotation record
 * carries one so that every error can point at its cause.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** A location that names only a file (line and column unknown). */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
