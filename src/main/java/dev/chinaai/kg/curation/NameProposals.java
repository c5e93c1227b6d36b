package dev.chinaai.kg.curation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * Finds names the registry does not know. German capitalises every noun, so a
 * single capitalised word says little; what marks a name is a run of two or
 * more capitalised words ("Jimmy Goodrich", "Cyberspace Administration of
 * China"), a capital inside a word ("DeepSeek"), an acronym ("RAND") or
 * letters with digits ("R1"). Leading function words (Lucene's German stop
 * words, "Laut") and capitalised adjectives ("Künstlichen") are dropped. The
 * type is guessed from the head word; the curator decides.
 */
final class NameProposals {
    private static final CharArraySet STOP = GermanAnalyzer.getDefaultStopSet();
    private static final Set<String> NOT_NAMES = Set.of("laut", "so", "doch", "auch", "zudem", "ki", "ai", "it", "ceo",
            "ii", "iii", "dass", "wie", "nach", "seit", "bis", "vor", "trotz", "millionen", "milliarden", "mio",
            "mrd", "prozent", "dollar", "us-dollar", "euro", "franken", "yuan", "große", "großen", "grosse", "grossen",
            "neue", "neuen", "erste", "ersten", "sein", "seine", "seinem", "ihr", "ihre", "während",
            // prepositions that start a sentence, and their contractions with an article ("Beim Rennen ...")
            "gemäss", "gemäß", "beim", "im", "am", "vom", "zum", "zur", "ins", "ans", "aufs", "fürs", "übers");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "de", "&");
    /** Head words and the type they suggest; the first hit in the name wins. */
    private static final Map<String, String> HEADS = Map.ofEntries(Map.entry("universität", "University"),
            Map.entry("university", "University"), Map.entry("hochschule", "University"), Map.entry("college", "University"),
            Map.entry("institut", "ResearchInstitute"), Map.entry("institute", "ResearchInstitute"),
            Map.entry("akademie", "ResearchInstitute"), Map.entry("academy", "ResearchInstitute"),
            Map.entry("ministerium", "GovernmentBody"), Map.entry("ministry", "GovernmentBody"),
            Map.entry("administration", "GovernmentBody"), Map.entry("kommission", "GovernmentBody"),
            Map.entry("commission", "GovernmentBody"), Map.entry("regierung", "GovernmentBody"),
            Map.entry("council", "GovernmentBody"), Map.entry("behörde", "GovernmentBody"),
            Map.entry("corporation", "Company"), Map.entry("inc", "Company"), Map.entry("group", "Company"),
            Map.entry("technologies", "Company"), Map.entry("konzern", "Company"), Map.entry("ag", "Company"),
            Map.entry("gmbh", "Company"), Map.entry("ltd", "Company"), Map.entry("lab", "Lab"), Map.entry("labs", "Lab"),
            Map.entry("labor", "Lab"), Map.entry("zeitung", "Outlet"), Map.entry("times", "Outlet"),
            Map.entry("post", "Outlet"), Map.entry("review", "Outlet"), Map.entry("news", "Outlet"),
            Map.entry("journal", "Outlet"), Map.entry("plan", "Policy"), Map.entry("gesetz", "Policy"),
            Map.entry("initiative", "Policy"), Map.entry("programm", "Policy"), Map.entry("act", "Policy"),
            Map.entry("forum", "Event"), Map.entry("konferenz", "Event"), Map.entry("conference", "Event"),
            Map.entry("summit", "Event"), Map.entry("gipfel", "Event"), Map.entry("bericht", "Report"),
            Map.entry("report", "Report"), Map.entry("studie", "Report"));

    private NameProposals() {
    }

    /** Candidate names in a sentence, skipping the spans already taken by known mentions. */
    static List<Proposal> find(Sentence sentence, List<Mention> known) {
        List<GermanTokens.Token> words = GermanTokens.words(sentence.text());
        List<Proposal> out = new ArrayList<>();
        List<GermanTokens.Token> run = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
            GermanTokens.Token w = i < words.size() ? words.get(i) : null;
            boolean extend = w != null && !taken(sentence, w, known) && (capitalised(w.term())
                    || !run.isEmpty() && CONNECTORS.contains(w.term()) && i + 1 < words.size()
                    && capitalised(words.get(i + 1).term()))
                    && (run.isEmpty() || adjacent(sentence, run.get(run.size() - 1), w));
            if (extend) {
                run.add(w);
                continue;
            }
            propose(sentence, run, out);
            run = new ArrayList<>();
            if (w != null && !taken(sentence, w, known) && capitalised(w.term())) {
                run.add(w);
            }
        }
        return out;
    }

    private static void propose(Sentence sentence, List<GermanTokens.Token> run, List<Proposal> out) {
        int from = 0;
        // The tail of a hyphenated compound whose head is a known name ("Deepseek-Gründer Liang Wenfeng",
        // "Open-AI-Mitgründer Ilya Sutskever") is a common noun, a title before the name, not part of it.
        while (from < run.size() && (leading(run.get(from).term())
                || compoundTail(sentence, run.get(from)) && from + 1 < run.size())) {
            from++;
        }
        List<GermanTokens.Token> name = run.subList(from, run.size());
        if (name.isEmpty() || !nameLike(name)) {
            return;
        }
        String text = sentence.text().substring(name.get(0).start(), name.get(name.size() - 1).end());
        out.add(new Proposal(slug(text), guessType(name), text, sentence, sentence.start() + name.get(0).start(),
                sentence.start() + name.get(name.size() - 1).end()));
    }

    private static boolean compoundTail(Sentence sentence, GermanTokens.Token w) {
        return w.start() > 0 && sentence.text().charAt(w.start() - 1) == '-';
    }

    private static boolean leading(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return STOP.contains(lower) || NOT_NAMES.contains(lower)
                || lower.matches(".*(isch|lich|ig)(e|en|er|es|em)") && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean nameLike(List<GermanTokens.Token> name) {
        if (name.size() >= 2) {
            return true;
        }
        String w = name.get(0).term();
        boolean innerCapital = w.length() > 2 && !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))
                && !w.substring(1).equals(w.substring(1).toUpperCase(Locale.ROOT));
        boolean acronym = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
        boolean withDigits = w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter);
        return innerCapital || acronym || withDigits;
    }

    static String guessType(List<GermanTokens.Token> name) {
        for (GermanTokens.Token t : name) {
            String type = HEADS.get(t.term().toLowerCase(Locale.GERMAN));
            if (type != null) {
                return type;
            }
        }
        // A version number marks a model ("R1", "Sprachmodell R1", "Qwen2").
        if (name.stream().anyMatch(t -> t.term().chars().anyMatch(Character::isDigit))) {
            return "Model";
        }
        boolean plainWords = name.stream().allMatch(t -> t.term().matches("\\p{Lu}\\p{Ll}+"));
        return name.size() >= 2 && name.size() <= 3 && plainWords ? "Person" : "Organization";
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0))
                && word.chars().anyMatch(Character::isLetter);
    }

    private static boolean adjacent(Sentence s, GermanTokens.Token a, GermanTokens.Token b) {
        String gap = s.text().substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals("-") || gap.equals("\u00A0");
    }

    private static boolean taken(Sentence s, GermanTokens.Token w, List<Mention> known) {
        int start = s.start() + w.start();
        int end = s.start() + w.end();
        return known.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** A registry slug: ASCII lower case, umlauts spelt out, other characters as hyphens. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }
}
