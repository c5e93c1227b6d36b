/**
 * {@code reanchor}: when an article's text is corrected, find every quote of
 * its annotation again, the way Hypothesis re-attaches annotations: the exact
 * quote first (its old context deciding between repeats), then the passage
 * between its old context when the quote itself was corrected (within a
 * bounded edit distance), and otherwise the nearest approximate match, which
 * is only reported. {@link dev.chinaai.kg.reanchor.QuoteFile} rewrites the
 * quotes and selectors it is sure of in place, keeping the YAML file's
 * comments and layout.
 *
 * <p>Uses: seed (quote location, nearest match), diagnostics. Used by: cli.
 */
package dev.chinaai.kg.reanchor;
