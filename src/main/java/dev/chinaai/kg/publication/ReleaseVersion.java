package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.KgException;
import java.util.Arrays;

/**
 * A release version: numbers separated by dots ({@code 1}, {@code 1.2},
 * {@code 2025.1.0}), compared number by number, a missing number counting as
 * 0 ({@code 1.0} and {@code 1} are the same version). Nothing else, so that the
 * order of releases is never in doubt and a version is a safe folder name.
 */
public record ReleaseVersion(String text) implements Comparable<ReleaseVersion> {
    public ReleaseVersion {
        if (text == null || !text.matches("(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,3}")) {
            throw new KgException("release " + text + ": not a version; give numbers separated by dots, "
                    + "without leading zeros, such as 1.0 or 2025.2 (at most four parts)");
        }
    }

    /** Whether a folder name is a version (folders that are not are ignored in a releases folder). */
    public static boolean isVersion(String name) {
        return name.matches("(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,3}");
    }

    private int[] parts() {
        int[] p = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.copyOf(p, 4);
    }

    @Override
    public int compareTo(ReleaseVersion o) {
        return Arrays.compare(parts(), o.parts());
    }

    @Override
    public String toString() {
        return text;
    }
}
