package dev.chinaai.kg.curation;

/**
 * One sentence of an article: the 1-based line it stands on and its UTF-16
 * offsets into the whole text (start inclusive, end exclusive). Sentences
 * never cross a line break, as quotes must not.
 */
public record Sentence(int line, int start, int end, String text) {
}
