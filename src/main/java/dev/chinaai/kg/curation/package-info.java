/**
 * Drafting annotations for a curator: splits an article into sentences, finds
 * the registry's entities in them (German inflected forms included), proposes
 * entities it does not know and claims where the text attributes something or
 * judges in its own voice,
 * and writes all of it as a draft seed file whose every quote is located in
 * the article before it is written. Also measures the drafts against the
 * curated seeds (leave one out).
 *
 * <p>Uses: mapping (the number and date readers the build uses), annotation,
 * seed, diagnostics. Used by: cli.
 */
package dev.chinaai.kg.curation;
