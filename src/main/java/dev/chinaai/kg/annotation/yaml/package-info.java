/**
 * Reading the annotation model from the YAML files in {@code mappings/}: every
 * problem is reported with file, line and column, and all problems of a run are
 * collected before the run fails.
 *
 * <p>Uses: annotation, diagnostics, seed. Used by: graph (the build), curation, cli and tests.
 */
package dev.chinaai.kg.annotation.yaml;
