package dev.chinaai.kg.curation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence judges rather than reports, in the article's own voice. Most claims of an article carry
 * no verb of saying ("Zwar haben die chinesischen Hersteller grosse Fortschritte gemacht."); German marks a
 * judgement with closed classes of words, listed here whole from the grammar, not picked from the seeds:
 * negation, adversative and concessive connectives, connectives of cause and consequence, commenting sentence
 * adverbs, indefinite numerals (a vague quantity is an estimate), and a term the article sets in quotation
 * marks ("„Brain Drain“", which {@link Attribution} does not count as quoting anyone). A plain report of an
 * event ("Im Juli 2023 lancierte Huawei sein Modell Pangu 3.0.") has none of them. The claimant of such a
 * claim is the article itself (rule 1 of mappings/README.md).
 */
final class Assessment {
    /** A marker found: its kind (as the draft's comment names it) and the word. */
    record Marker(String kind, String word) {
    }

    /** The kinds in the order they are looked for, so that a sentence with several always names the same. */
    private static final List<String> KINDS = List.of("negation", "contrast", "cause", "comment", "vague quantity");
    private static final Map<String, Set<String>> WORDS = Map.of(
            "negation", Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
                    "keineswegs", "nirgends", "weder"),
            "contrast", Set.of("aber", "jedoch", "doch", "allerdings", "zwar", "trotz", "trotzdem", "dennoch", "obwohl",
                    "obgleich", "wenngleich", "hingegen", "dagegen", "indes", "indessen", "sondern", "statt", "anstatt",
                    "gleichwohl", "vielmehr"),
            // "darum" and "da" are left out: they are as often "about it" and "there" as "therefore" and "since".
            "cause", Set.of("weil", "denn", "deshalb", "deswegen", "daher", "somit", "folglich", "infolgedessen",
                    "weshalb", "grund", "gründe", "ursache", "ursachen"),
            "comment", Set.of("zweifellos", "zweifelsohne", "offensichtlich", "offenbar", "tatsächlich", "sicherlich",
                    "bekanntlich", "unbestritten", "unbestreitbar", "sogar", "immerhin"),
            "vague quantity", Set.of("viele", "vielen", "vieler", "einige", "einigen", "einiger", "mehrere", "mehreren",
                    "zahlreiche", "zahlreichen", "wenige", "wenigen", "meisten", "dutzende", "hunderte", "tausende",
                    "millionen", "milliarden"));
    /**
     * Commenting sentence adverbs are many but share their suffix: "ironischerweise", "bezeichnenderweise"
     * ("beispielsweise" only introduces an example).
     */
    private static final Pattern COMMENT_ADVERB = Pattern.compile("\\p{Ll}{3,}erweise");

    private Assessment() {
    }

    /** The first marker of a judgement in the sentence, or empty when it only reports. */
    static Optional<Marker> find(Sentence s) {
        List<GermanTokens.Token> words = GermanTokens.words(s.text());
        for (String kind : KINDS) {
            for (int i = 0; i < words.size(); i++) {
                GermanTokens.Token t = words.get(i);
                String w = t.term().toLowerCase(Locale.GERMAN);
                if (w.endsWith("statt") && particle(s.text(), t, i + 1 < words.size() ? words.get(i + 1) : null)) {
                    continue;
                }
                if (WORDS.get(kind).contains(w)
                        || kind.equals("comment") && COMMENT_ADVERB.matcher(w).matches() && !w.equals("beispielsweise")) {
                    return Optional.of(new Marker(kind, t.term()));
                }
            }
        }
        Optional<Marker> future = prediction(s.text(), words);
        if (future.isPresent()) {
            return future;
        }
        return Attribution.quoted(s.text()).stream().filter(q -> !q.isBlank()).findFirst()
                .map(q -> new Marker("quoted term", q));
    }

    /**
     * A prediction: the future tense, "werden" with an infinitive that closes its clause ("wird sich
     * verlangsamen", "wird die Spielregeln bestimmen"), not the passive, whose participle closes it ("werden
     * ... eingeschränkt"); or "drohen" with "zu" ("droht zu scheitern"). A strong participle without "ge-"
     * ("werden ... verboten") looks like an infinitive and is taken for one: without a lexicon the two
     * cannot be told apart.
     */
    private static Optional<Marker> prediction(String text, List<GermanTokens.Token> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).term().toLowerCase(Locale.GERMAN);
            if (w.startsWith("droh") && i + 1 < words.size() && words.get(i + 1).term().equals("zu")) {
                return Optional.of(new Marker("prediction", words.get(i).term()));
            }
            if (FUTURE.contains(w)) {
                for (int k = i + 1; k < words.size(); k++) {
                    boolean last = k + 1 == words.size()
                            || text.substring(words.get(k).end(), words.get(k + 1).start()).matches(".*[,;:.!?].*");
                    if (last) {
                        String v = words.get(k).term();
                        if (v.matches("\\p{Ll}+en") && !v.startsWith("ge")) {
                            return Optional.of(new Marker("prediction", words.get(i).term() + " … " + v));
                        }
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Set<String> FUTURE = Set.of("wird", "werden", "wirst", "würde", "würden");

    /**
     * Whether "statt" ends its clause, as the particle of "stattfinden" does ("Das Forum findet jedes Jahr in
     * Washington statt."), rather than standing before what it replaces ("Quantität statt Qualität").
     */
    private static boolean particle(String text, GermanTokens.Token statt, GermanTokens.Token next) {
        return next == null || !text.substring(statt.end(), next.start()).isBlank()
                || CONJUNCTIONS.contains(next.term());
    }

    /** Conjunctions that start a new clause after a clause-final verb particle ("findet statt und umfasst"). */
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "sowie", "aber", "doch");
}
