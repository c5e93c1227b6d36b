package dev.chinaai.kg.curation;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.SeedText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a draft as a seed annotation file in the format of
 * {@code mappings/README.md}, marked {@code draft: true} so that the build
 * refuses it until a curator has reviewed it. Proposed entities and the
 * mentions of them are comments, which the curator accepts by moving them
 * into the registry. Every quote is located in the article with the build's
 * own {@link QuoteLocator} before anything is written, with an occurrence
 * number where the sentence occurs more than once.
 */
public final class DraftWriter {
    private DraftWriter() {
    }

    /** The draft as YAML text. */
    public static String write(Draft d) {
        StringBuilder y = new StringBuilder();
        String seed = d.article().fileName();
        y.append("# DRAFT annotation of seeds/").append(seed).append(", written by `china-ai-kg annotate`.\n")
                .append("# Every mention, proposed entity and claim below is a machine's guess. Check each one against\n")
                .append("# the article (mappings/README.md says what each field means), delete what is wrong, add what\n")
                .append("# is missing and write the English claim texts. Then delete the line `draft: true`:\n")
                .append("# `build` refuses this file as long as it is there.\n")
                .append("draft: true\n")
                .append("seed: ").append(q(seed)).append('\n')
                .append("article:\n  id: ").append(d.articleId()).append("\n  language: de\n");
        proposals(d, y);
        y.append("excerpts:\n");
        for (Draft.Item item : d.excerpts()) {
            excerpt(d.article(), item, y);
        }
        if (!d.claims().isEmpty()) {
            y.append("claims:\n");
            for (Draft.Claim c : d.claims()) {
                claim(d, c, y);
            }
        }
        return y.toString();
    }

    private static void proposals(Draft d, StringBuilder y) {
        if (d.proposals().isEmpty()) {
            return;
        }
        y.append("# New entities proposed (names the registry does not know). For each one that is right, add it\n")
                .append("# to mappings/registry.yaml with the right type and labels, and move it from `# new:` into\n")
                .append("# `mentions:` below; a claimant that is not in the registry yet is refused by the build.\n");
        for (Proposal p : d.proposals()) {
            y.append("#  - {id: ").append(p.id()).append(", type: ").append(p.type()).append(", label: {en: ")
                    .append(q(p.name())).append(", de: ").append(q(p.name())).append("}, names: [").append(q(p.name()))
                    .append("]}\n#    line ").append(p.seenIn().line()).append(": ").append(comment(p.seenIn().text()))
                    .append('\n');
        }
    }

    private static void excerpt(SeedText article, Draft.Item item, StringBuilder y) {
        Sentence s = item.sentence();
        Integer occurrence = occurrence(article, s);
        y.append("  - id: ").append(item.id()).append('\n')
                .append("    quote: ").append(q(s.text())).append('\n');
        if (occurrence != null) {
            y.append("    occurrence: ").append(occurrence).append('\n');
        }
        y.append("    mentions: [").append(ids(item.mentions(), true)).append("]\n");
        String proposed = ids(item.mentions(), false);
        if (!proposed.isEmpty()) {
            y.append("    # new: [").append(proposed).append("]\n");
        }
        for (List<Mention> choice : item.choices()) {
            Mention first = choice.get(0);
            y.append("    # which one? ").append(q(article.text().substring(first.start(), first.end()))).append(" is ")
                    .append(choice.stream().map(Mention::id).collect(Collectors.joining(" or ")))
                    .append(": add the right one to mentions\n");
        }
    }

    private static void claim(Draft d, Draft.Claim c, StringBuilder y) {
        y.append("  - id: ").append(c.id()).append('\n')
                .append("    excerpts: [").append(c.excerpt().id()).append("]\n")
                .append("    claimant: ").append(c.claimant().map(Mention::id).orElse(d.articleId()));
        boolean judgement = c.cue().startsWith(Annotator.JUDGEMENT);
        String why = c.cue().equals("amount") ? "a statistic" : judgement
                ? "a judgement (" + c.cue().substring(Annotator.JUDGEMENT.length()) + ") in the article's own voice"
                : "cue: " + c.cue();
        String who = judgement ? "" : c.claimant().isEmpty() ? "; nobody named: the article's own voice?"
                : c.claimant().get().known() ? "" : "; a proposed new entity";
        y.append("  # ").append(why).append(who).append('\n')
                .append("    text: {en: \"\"}  # write the claim in English: build refuses an empty text\n");
        c.time().ifPresent(t -> y.append("    time: {text: ").append(q(t.written())).append(", date: ")
                .append(q(t.iso())).append("}\n"));
        c.value().ifPresent(v -> y.append("    value: {amount: ").append(q(v.written())).append(", unit: ")
                .append(v.unit()).append("}\n"));
    }

    private static String ids(List<Mention> mentions, boolean known) {
        return mentions.stream().filter(m -> m.known() == known).map(Mention::id).distinct()
                .collect(Collectors.joining(", "));
    }

    /**
     * The occurrence number the quote needs (null when it is unique), proven
     * with the build's locator to cut exactly this sentence out of the article.
     */
    static Integer occurrence(SeedText article, Sentence s) {
        String text = article.text();
        int before = 0;
        int total = 0;
        for (int i = text.indexOf(s.text()); i >= 0; i = text.indexOf(s.text(), i + 1)) {
            total++;
            if (i < s.start()) {
                before++;
            }
        }
        Integer occurrence = total > 1 ? before + 1 : null;
        QuoteLocator.Outcome found = QuoteLocator.locate(article, s.text(), null, null, occurrence);
        if (!found.found() || found.match().start() != article.codePointOffset(s.start())) {
            throw new KgException("annotate: the sentence at line " + s.line() + " of " + article.fileName()
                    + " does not locate where it was read (" + (found.found() ? "elsewhere" : found.error())
                    + "); nothing was written");
        }
        return occurrence;
    }

    /** A YAML double-quoted scalar; escapes what YAML would otherwise read as a break or fold. */
    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                case '\uFEFF' -> out.append("\\uFEFF");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String comment(String s) {
        return s.replaceAll("[\\u0085\\u2028\\u2029\\r]", " ");
    }
}
