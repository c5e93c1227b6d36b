package dev.chinaai.kg.curation;

/**
 * A name the registry does not know, proposed as a new entity: a slug, a
 * guessed type, the name as written, the sentence it was seen in and where
 * the name stands in the article (UTF-16 offsets into the whole text).
 */
record Proposal(String id, String type, String name, Sentence seenIn, int start, int end) {

    Mention asMention() {
        return new Mention(id, type, false, start, end);
    }
}
