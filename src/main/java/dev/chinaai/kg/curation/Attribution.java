package dev.chinaai.kg.curation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a sentence attributes what it says to someone, and to whom: verbs
 * of saying ("sagte", "erklärte"), "laut X", "X zufolge", "…, so X", "heißt
 * es", reported speech in quotation marks or in Konjunktiv I ("die KI stehe
 * unter Druck"), and hedges that mark a judgement ("könnte", "möglicherweise").
 * The claimant is the actor the cue points at, else the first person named,
 * else the first actor; reported speech with nobody named falls back to the
 * person of the sentence before, a hedge to the article's own voice.
 */
final class Attribution {
    /** A cue found: the word (or "quotation") and the actor it points at, if any. */
    record Cue(String word, Optional<Mention> claimant) {
    }

    private static final Set<String> SAYING = Set.of("sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt",
            "erklärten", "betonte", "betont", "meinte", "meint", "warnte", "warnt", "schätzt", "schätzte", "glaubt",
            "glaubte", "berichtet", "berichtete", "spricht", "sprach", "kritisiert", "kritisierte", "fordert",
            "forderte", "behauptet", "behauptete", "argumentiert", "argumentierte", "räumt", "räumte", "verweist",
            "verwies", "schreibt", "schrieb", "prognostiziert", "prognostizierte", "kündigte", "kündigt", "erläuterte",
            "erläutert", "enthüllt", "enthüllte", "versicherte", "versichert", "resümiert", "resümierte", "fügte", "glauben", "befürchtet",
            "befürchten", "erklären", "zeigt", "zeigte", "gilt", "gelten", "halten", "hält", "gemäss", "gemäß");
    /**
     * The verbs of saying as stems of the index's German stemmer, so that every form sharing a stem with a listed
     * one counts ("sagten" as "sagt", "erklären" as "erklärte"), not just the forms written out above. Stems of
     * three letters are left out: the stemmer cuts "warnte" and "war", "gilt" and "Gilde" alike.
     */
    private static final Set<String> SAYING_STEMS = SAYING.stream()
            .flatMap(w -> GermanTokens.stems(w).stream().map(GermanTokens.Token::term))
            .filter(stem -> stem.length() >= 4)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** "heißt es", "hieß es": an unnamed source. */
    private static final Set<String> IMPERSONAL = Set.of("heißt", "heisst", "hieß", "hiess");
    /**
     * Konjunktiv I, the mood of German reported speech ("Die KI stehe unter Druck"): the common forms that
     * are not also indicative.
     */
    private static final Set<String> SUBJUNCTIVE = Set.of("sei", "seien", "habe", "werde", "könne", "müsse", "solle",
            "wolle", "dürfe", "gebe", "stehe", "lasse", "liege", "gehe", "komme", "versuche", "existiere", "fehle",
            "brauche", "biete", "bleibe", "entzögen", "gingen", "verfüge", "zeige", "wisse");
    /** Hedges and modals of speculation: the article predicts or judges rather than reports. */
    private static final Set<String> HEDGES = Set.of("könnte", "könnten", "dürfte", "dürften", "möglicherweise",
            "wahrscheinlich", "vermutlich", "wohl");

    private Attribution() {
    }

    /** The attribution cue of a sentence, or empty when the sentence says nothing on someone's behalf. */
    static Optional<Cue> find(Sentence s, List<Mention> mentions, Optional<Mention> previousPerson) {
        List<GermanTokens.Token> words = GermanTokens.words(s.text());
        // The same tokenizer without a stop filter: the stems stand one for one beside the words.
        List<GermanTokens.Token> stems = GermanTokens.stems(s.text());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).term().toLowerCase(Locale.GERMAN);
            int at = s.start() + words.get(i).start();
            if (w.equals("laut") || w.equals("so") && i > 0 && precededByComma(s, words.get(i))) {
                // The source follows the cue closely ("laut dem Chef von Huawei"); an actor further on is not it.
                int near = s.start() + words.get(Math.min(i + 4, words.size() - 1)).end();
                return Optional.of(new Cue(w, firstActor(mentions, at, near)));
            }
            if (w.equals("zufolge")) {
                List<Mention> before = mentions.stream().filter(m -> m.end() <= at && m.isActor()).toList();
                return Optional.of(new Cue(w, before.isEmpty() ? fallback(mentions)
                        : Optional.of(before.get(before.size() - 1))));
            }
            // A verb is written in lower case; "Bericht" shares its stem with "berichtet" but reports nothing.
            boolean verb = Character.isLowerCase(words.get(i).term().charAt(0));
            if (SAYING.contains(w) || verb && SAYING_STEMS.contains(stems.get(i).term())) {
                return Optional.of(new Cue(w, fallback(mentions).or(() -> previousPerson)));
            }
            if (IMPERSONAL.contains(w) && i + 1 < words.size() && words.get(i + 1).term().equals("es")) {
                return Optional.of(new Cue(w + " es", firstActor(mentions, at, Integer.MAX_VALUE)));
            }
        }
        for (GermanTokens.Token t : words) {
            String w = t.term().toLowerCase(Locale.GERMAN);
            if (SUBJUNCTIVE.contains(w)) {
                return Optional.of(new Cue("Konjunktiv " + t.term(), fallback(mentions).or(() -> previousPerson)));
            }
            if (HEDGES.contains(w)) {
                return Optional.of(new Cue(t.term(), Optional.empty()));
            }
        }
        if (quotes(s.text())) {
            return Optional.of(new Cue("quotation", fallback(mentions).or(() -> previousPerson)));
        }
        return Optional.empty();
    }

    /** The first person named, else the first actor. */
    static Optional<Mention> fallback(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type().equals("Person")).findFirst()
                .or(() -> firstActor(mentions, 0, Integer.MAX_VALUE));
    }

    private static Optional<Mention> firstActor(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to && m.isActor()).findFirst();
    }

    private static boolean precededByComma(Sentence s, GermanTokens.Token w) {
        String before = s.text().substring(0, w.start()).stripTrailing();
        return before.endsWith(",") || before.endsWith("“") || before.endsWith("«") || before.endsWith("\"");
    }

    /** Quotation marks in the pairs German press text uses; the content is group 1 to 4. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "„([^“”]*)[“”]|«([^»]*)»|“([^”]*)”|\"([^\"]*)\"");

    /**
     * Whether the sentence quotes someone: a passage in quotation marks longer than three words, or one that
     * opens the sentence or ends with its own punctuation („Wir holen auf“, sagte er). Three words or fewer
     * inside the sentence are a term or a name ("„Brain Drain“", "«sechs kleinen Drachen»", "„gottgleiche
     * Operation“"): the article marks them in its own voice and quotes no one ({@link Assessment} reads such
     * a mark as the article's judgement).
     */
    private static boolean quotes(String text) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String q = content(m);
            if (GermanTokens.words(q).size() > 3 || m.start() == 0 || q.matches("(?s).*[.,!?]\\s*")) {
                return true;
            }
        }
        return false;
    }

    private static String content(java.util.regex.Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                : m.group(4);
    }

    /** The passages in quotation marks, in order. */
    static List<String> quoted(String text) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(content(m));
        }
        return out;
    }
}
