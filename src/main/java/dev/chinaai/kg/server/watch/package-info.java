/**
 * {@code serve --watch}: {@link dev.chinaai.kg.server.watch.ProjectWatcher}
 * waits for saved changes under {@code mappings/}, {@code ontology/} and
 * {@code shapes/} (debounced, so that an editor's burst of writes is one
 * rebuild), and {@link dev.chinaai.kg.server.watch.Rebuild} builds and
 * validates the project again and has the server swap the new graph in, or
 * keeps the last good graph and reports the problems on the landing page and
 * in the terminal.
 *
 * <p>Uses: diagnostics, project, graph, validation, server. Used by: the CLI.
 */
package dev.chinaai.kg.server.watch;
