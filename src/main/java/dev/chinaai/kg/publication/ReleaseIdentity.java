package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.KgException;

/**
 * Which release a server's graph is: the one thing a client behind a
 * balancer, or a shared cache, reads to tell answers apart (the
 * {@code X-Release} header, VoID's {@code dcat:version}, the release part of
 * every ETag, the landing page). A graph whose {@link GraphDigest} is the one a
 * release recorded is that release, named by its version ({@code 1.1}); any
 * other graph is named by its digest and said to be unreleased, since the
 * latest release if there is one. A store built from a release remembers the
 * version, so that it stays that release where the releases folder is not at
 * hand (a replica).
 *
 * @param digest  the content digest of the served graph
 * @param version the release it is, or null
 * @param latest  the latest release published beside it, or null
 */
public record ReleaseIdentity(String digest, ReleaseVersion version, ReleaseVersion latest) {
    public ReleaseIdentity {
        if (!GraphDigest.isDigest(digest)) {
            throw new KgException("content digest " + digest + ": expected c and 16 hex digits");
        }
    }

    /**
     * The identity of a graph with this digest: the newest release of the shelf
     * (may be null) that recorded it, else the version its store was built as
     * ({@code recorded}, may be null), else none.
     */
    public static ReleaseIdentity of(String digest, ReleaseShelf shelf, ReleaseVersion recorded) {
        ReleaseVersion found = shelf == null ? null : shelf.versionWithDigest(digest).orElse(recorded);
        return new ReleaseIdentity(digest, shelf == null ? recorded : found, shelf == null ? null : shelf.latest().orElse(null));
    }

    /** What a server sends as its release: the version, or the digest of an unreleased graph. */
    public String id() {
        return version != null ? version.text() : digest;
    }

    public boolean released() {
        return version != null;
    }

    /** In words, for the log, the landing page, /health and VoID. */
    public String description() {
        if (version != null) {
            return "release " + version + (latest != null && latest.compareTo(version) > 0 ? " (the latest release is "
                    + latest + ")" : "") + ", content digest " + digest;
        }
        return (latest != null ? "unreleased changes since release " + latest : "not released yet")
                + ", content digest " + digest;
    }
}
