package dev.chinaai.kg.curation;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.RegistryEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the registry's entities in a sentence by their labels and other
 * names, compared as sequences of German stems ({@link GermanTokens}), so that
 * inflected forms match. Where names overlap the longest wins ("Jensen Huang"
 * over "Huang"); where one name stands for several entities (two people
 * called Wang Peng), all of them are proposed and the curator picks.
 */
final class EntityMatcher {
    /** A spelling as stems; {@code acronyms} marks the words written in capitals ("MIT" is not "mit"). */
    private record Name(String entity, String type, List<String> stems, List<Boolean> acronyms, boolean label) {
    }

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
                if (!stems.isEmpty() && (isLabel || !descriptive(stems, labelStems, acronyms))) {
                    byFirst.computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                            .add(new Name(e.id(), e.type(), stems, acronyms, isLabel));
                }
            }
        }
    }

    /** The mentions in a sentence, in the order they stand, each entity at most once per name occurrence. */
    List<Mention> find(Sentence sentence) {
        List<GermanTokens.Token> tokens = GermanTokens.stems(sentence.text());
        List<Mention> out = new ArrayList<>();
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
            entities.forEach((id, n) -> out.add(new Mention(id, n.type(), true, start, end)));
            i += best;
        }
        return out;
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
        if (acronyms.contains(true) || stems.stream().anyMatch(labelStems::contains)) {
            return false;
        }
        return stems.size() == 1 || stems.stream().anyMatch(ARTICLES::contains);
    }

    /** Two or more letters, all capitals (digits allowed): "MIT", "BAT", "G42". */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
