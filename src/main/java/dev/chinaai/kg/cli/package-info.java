/**
 * The command line: build, validate, serve, load and synth, parsed with
 * picocli; the only place that prints to the terminal and chooses exit codes.
 *
 * <p>Uses: every other package. Used by: nothing.
 */
package dev.chinaai.kg.cli;
