package dev.chinaai.kg.curation;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.RegistryEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the registry's entities in a sentence by their labels and other
 * names, compared as sequences of German stems ({@link GermanTokens}), so that
 * inflected forms match. Where names overlap the longest wins ("Jensen Huang"
 * over "Huang"); where one name stands for several entities (two people
 * called Wang Peng), the candidates are a choice for the curator, not mentions.
 */
final class EntityMatcher {
    /**
     * A spelling as stems; {@code acronyms} marks the words written in capitals ("MIT" is not "mit");
     * {@code shortForm} a one-word spelling of an entity whose label is longer ("Wang" for Wang Peng, "Stanford").
     */
    private record Name(String entity, String type, List<String> stems, List<Boolean> acronyms, boolean label,
            boolean shortForm, Set<String> written) {
    }

    private static final org.apache.lucene.analysis.CharArraySet STOP =
            org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet();
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "de", "and");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine",
            "einem", "einen", "einer", "the");

    /** Names by their first stem. */
    private final Map<String, List<Name>> byFirst = new HashMap<>();

    EntityMatcher(Registry registry) {
        for (RegistryEntity e : registry.entities()) {
            Set<String> labels = new LinkedHashSet<>(e.labels().values());
            Set<String> labelStems = new java.util.HashSet<>();
            labels.forEach(l -> GermanTokens.stems(l).forEach(t -> labelStems.add(t.term())));
            Set<String> spellings = new LinkedHashSet<>(labels);
            spellings.addAll(e.names());
            for (String s : spellings) {
                boolean isLabel = labels.contains(s);
                List<GermanTokens.Token> tokens = GermanTokens.stems(s);
                List<String> stems = tokens.stream().map(GermanTokens.Token::term).toList();
                List<Boolean> acronyms = tokens.stream().map(t -> acronym(s.substring(t.start(), t.end()))).toList();
                boolean shortForm = stems.size() == 1 && !acronyms.get(0)
                        && labels.stream().allMatch(l -> GermanTokens.stems(l).size() > 1);
                if (!stems.isEmpty() && (isLabel || !descriptive(stems, labelStems, acronyms))
                        && !(e.type().equals("Group") && !groupName(s, acronyms))) {
                    byFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                            .add(new Name(e.id(), e.type(), stems, acronyms, isLabel, shortForm, spellings));
                }
            }
        }
    }

    /**
     * What a sentence names: the mentions, in the order they stand, and the choices, where one name stands
     * for several entities ("Wang" for two people called Wang Peng). A choice is not a mention: the draft
     * lists the candidates for the curator to pick one, since naming all of them would be wrong for all but
     * one.
     */
    record Found(List<Mention> mentions, List<List<Mention>> choices) {
    }

    /** The mentions and choices of a sentence; each entity at most once per name occurrence. */
    Found find(Sentence sentence) {
        List<GermanTokens.Token> tokens = GermanTokens.stems(sentence.text());
        List<GermanTokens.Token> words = GermanTokens.words(sentence.text());
        List<Mention> out = new ArrayList<>();
        List<List<Mention>> choices = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int best = 0;
            Map<String, Name> entities = new java.util.LinkedHashMap<>();
            for (Name n : byFirst.getOrDefault(tokens.get(i).term(), List.of())) {
                int len = n.stems().size();
                if (len < best || !matches(sentence.text(), tokens, i, n)) {
                    continue;
                }
                if (len > best) {
                    best = len;
                    entities.clear();
                }
                entities.merge(n.entity(), n, (a, b) -> a.label() ? a : b);
            }
            // A label outranks another entity's alias on the same words: "Peking" is Beijing before it is the government.
            if (entities.values().stream().anyMatch(Name::label)) {
                entities.values().removeIf(n -> !n.label());
            }
            if (best == 0) {
                i++;
                continue;
            }
            int start = sentence.start() + tokens.get(i).start();
            int end = sentence.start() + tokens.get(i + best - 1).end();
            int at = i;
            int len = best;
            // "University of California", "China Mobile", "Ma Weiying": a place or a one-word short name that
            // stands uninflected inside a longer name is part of that name and names something else.
            String surface = sentence.text().substring(words.get(at).start(), words.get(at + len - 1).end());
            entities.values().removeIf(n -> (n.shortForm() || n.type().equals("Place")) && uninflected(n, surface)
                    && insideLongerName(sentence.text(), words, at, len));
            List<Mention> found = entities.values().stream()
                    .map(n -> new Mention(n.entity(), n.type(), true, start, end)).toList();
            if (found.size() > 1) {
                choices.add(found);
            } else {
                out.addAll(found);
            }
            i += best;
        }
        return new Found(out, choices);
    }

    private static boolean matches(String text, List<GermanTokens.Token> tokens, int at, Name name) {
        if (at + name.stems().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < name.stems().size(); k++) {
            GermanTokens.Token t = tokens.get(at + k);
            if (!t.term().equals(name.stems().get(k))
                    || name.acronyms().get(k) && !acronym(text.substring(t.start(), t.end()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An alias that describes rather than names: one word, or words with an article, none of them from the
     * entity's labels ("Bericht" for a report, "die Regierung" for a government). Such words stand for the
     * entity only where the context says so, and matched everywhere they would flood the draft.
     */
    private static boolean descriptive(List<String> stems, Set<String> labelStems, List<Boolean> acronyms) {
        if (acronyms.contains(true)) {
            return false;
        }
        // "dem Bericht", "die Regierung": an article and a bare noun point back to what the article itself
        // introduced; in another article the same words name that article's report or government. With an
        // attribute that says which ("die amerikanische Regierung") the words still name the entity.
        if (stems.size() == 2 && ARTICLES.contains(stems.get(0))) {
            return true;
        }
        if (stems.stream().anyMatch(labelStems::contains)) {
            return false;
        }
        return stems.size() == 1 || stems.stream().anyMatch(ARTICLES::contains);
    }

    /**
     * Whether the words {@code at .. at+len} stand inside a longer name: the next word follows after a single
     * space and is capitalised but no function word ("China Mobile", "Peking University", "Ma Weiying"), or
     * an English connector of a name stands before ("University of California", "Administration of China").
     */
    private static boolean insideLongerName(String text, List<GermanTokens.Token> words, int at, int len) {
        int next = at + len;
        if (next < words.size() && joined(text, words.get(next - 1), words.get(next))) {
            String w = words.get(next).term();
            if (Character.isUpperCase(w.codePointAt(0)) && !STOP.contains(w.toLowerCase(Locale.GERMAN))) {
                return true;
            }
        }
        return at >= 2 && NAME_CONNECTORS.contains(words.get(at - 1).term())
                && joined(text, words.get(at - 1), words.get(at))
                && Character.isUpperCase(words.get(at - 2).term().codePointAt(0));
    }

    /**
     * Whether a name stands as it is spelt, not inflected: a genitive ("Chinas Wirtschaft", "Pekings Plan") is
     * followed by the noun it belongs to, which makes no longer name of it.
     */
    private static boolean uninflected(Name n, String surface) {
        return n.written().contains(surface)
                && !(surface.endsWith("s") && n.written().contains(surface.substring(0, surface.length() - 1)));
    }

    private static boolean joined(String text, GermanTokens.Token a, GermanTokens.Token b) {
        String gap = text.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals("\u00A0");
    }

    /**
     * Whether a group's spelling is a name (an acronym such as "BAT", or capitalised words none of them an
     * adjective: "Wall Street", "Chinas Machthaber") rather than a description ("Experten", "die Kritiker",
     * "Chinesische Unternehmen"). By the curation rules an anonymous group belongs to one article; the same
     * words in another article are another group, so a description must not match.
     */
    private static boolean groupName(String spelling, List<Boolean> acronyms) {
        if (acronyms.contains(true)) {
            return true;
        }
        List<GermanTokens.Token> words = GermanTokens.words(spelling);
        return words.size() >= 2 && words.stream().map(GermanTokens.Token::term).allMatch(w ->
                Character.isUpperCase(w.codePointAt(0)) && !ADJECTIVE.matcher(w.toLowerCase(Locale.GERMAN)).matches());
    }

    /** An inflected adjective of the common derivations: "chinesische", "staatlichen", "wichtiger". */
    private static final java.util.regex.Pattern ADJECTIVE =
            java.util.regex.Pattern.compile(".*(isch|lich|ig)(e|en|er|es|em)");

    /** Two or more letters, all capitals (digits allowed): "MIT", "BAT", "G42". */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
