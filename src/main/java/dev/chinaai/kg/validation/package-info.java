/**
 * SHACL validation of the built graph against {@code shapes/}, with a readable
 * report; an invalid graph is never written or served.
 *
 * <p>Uses: graph, project, diagnostics. Used by: server (store builds) and CLI.
 */
package dev.chinaai.kg.validation;
