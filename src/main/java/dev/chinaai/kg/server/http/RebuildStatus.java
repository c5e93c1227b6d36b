package dev.chinaai.kg.server.http;

import java.util.List;

/**
 * What the last rebuild of a watching server ({@code serve --watch}) found
 * wrong with the curator's files, one line per problem as the build prints it
 * ({@code file:line:column: error: ...}), or nothing. It outlives the
 * publications it is shown with: an invalid change keeps the last good graph
 * served and only this status changes; a valid one clears it.
 */
public final class RebuildStatus {
    private volatile List<String> problems = List.of();

    /** The problems of the last rebuild; empty when it succeeded or none ran. */
    public List<String> problems() {
        return problems;
    }

    /** Records the outcome of a rebuild: its problems, or an empty list when it was swapped in. */
    public void set(List<String> lines) {
        problems = List.copyOf(lines);
    }
}
