/**
 * Explore by looking: the views behind the timeline, the neighbourhood graph,
 * the debates between claims and the article's entity legend. Each builds a
 * plain view (maps and lists, SVG coordinates included) that the Mustache
 * templates of {@code server.pages} render, so every value is escaped there.
 * Times are read through one query, {@link TimeAdapter}, so that the model of
 * time can change in one place.
 *
 * <p>Uses: http, vocab. Used by: pages.
 */
package dev.chinaai.kg.server.pages.explore;
