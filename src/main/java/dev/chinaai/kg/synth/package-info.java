/**
 * Synthetic corpora for benchmarks: N copies of the seeds and their
 * annotations under ids that never collide, written as a project the build
 * reads like the real one.
 *
 * <p>Uses: project, diagnostics. Used by: the CLI ({@code synth}) and tests.
 */
package dev.chinaai.kg.synth;
