/**
 * Where the project's input lives: seeds, mappings, ontology, shapes and
 * Fuseki configuration, in a clone or in the copy the jar carries.
 *
 * <p>Uses: diagnostics. Used by: the pipeline stages, the server and the CLI.
 */
package dev.chinaai.kg.project;
