/**
 * Diagnostics shared by every stage: a {@link dev.chinaai.kg.diagnostics.Location}
 * (file, line, column), a {@link dev.chinaai.kg.diagnostics.Problem} found there,
 * the {@link dev.chinaai.kg.diagnostics.Problems} of one run, "did you mean"
 * suggestions, and the project's one unchecked exception root
 * {@link dev.chinaai.kg.diagnostics.KgException}.
 *
 * <p>Uses: the JDK only. Used by: every other package.
 */
package dev.chinaai.kg.diagnostics;
