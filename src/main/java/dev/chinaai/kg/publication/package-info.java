/**
 * Publishing the graph: how much of the quoted press texts goes out (the
 * source-text modes, since the articles' rights stay with their publishers),
 * the rights statements of the graph and of the quoted text, and versioned
 * releases: a release folder per version with the dumps, VoID/DCAT metadata
 * with checksums, and a changelog against the previous release as an RDF
 * Patch and as a readable summary; the release history says since which
 * release each statement is published. The content digest of a graph joins a
 * release to a server: the release records it, and the release identity says
 * which release (or none) a served graph is.
 *
 * <p>Uses: graph (the dump writers), vocab, diagnostics. Used by: server, cli.
 */
package dev.chinaai.kg.publication;
