/**
 * "Cite this": the bibliographic records behind a page (the source articles
 * and the excerpts its facts come from, or the dataset itself), read from the
 * graph, and their BibTeX, RIS and CSL-JSON documents at
 * {@code /cite/<path>.bib|.ris|.json}.
 *
 * <p>Uses: http, linkeddata, vocab. Used by: pages (the landing page shows the
 * dataset's citation), server (the route).
 */
package dev.chinaai.kg.server.cite;
