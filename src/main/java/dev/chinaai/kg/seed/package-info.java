/**
 * The seed articles as text, and locating an exact quote in them (code-point
 * offsets, nearest match for a quote that is not found).
 *
 * <p>Uses: diagnostics, project. Used by: annotation loading, mapping and curation.
 */
package dev.chinaai.kg.seed;
