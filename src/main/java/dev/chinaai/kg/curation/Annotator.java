package dev.chinaai.kg.curation;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.seed.SeedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Drafts the annotation of one article against a registry. */
public final class Annotator {
    private final Registry registry;
    private final EntityMatcher matcher;

    public Annotator(Registry registry) {
        this.registry = registry;
        this.matcher = new EntityMatcher(registry);
    }

    /** How the cue of a claim in the article's own voice begins (an {@link Assessment} marker). */
    static final String JUDGEMENT = "judgement: ";

    /** The article id a seed file is annotated under: {@code article-000} for {@code 000_….txt}. */
    public static String articleId(SeedText article) {
        return "article-" + NameProposals.slug(article.number());
    }

    /** Drafts every sentence, mention, proposed entity and claim of the article. */
    public Draft annotate(SeedText article) {
        String articleId = articleId(article);
        Set<String> knownIds = registry.entities().stream().map(e -> e.id()).collect(Collectors.toSet());
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        List<Draft.Item> items = new ArrayList<>();
        List<Draft.Claim> claims = new ArrayList<>();
        Optional<Mention> previousPerson = Optional.empty();
        int line = 0;
        int index = 0;
        for (Sentence s : Sentences.split(article.text())) {
            if (s.line() != line) {
                line = s.line();
                index = 0;
                previousPerson = Optional.empty();
            }
            index++;
            EntityMatcher.Found found = matcher.find(s);
            List<Mention> mentions = new ArrayList<>(found.mentions());
            List<Mention> taken = new ArrayList<>(mentions);
            found.choices().forEach(taken::addAll);
            for (Proposal p : NameProposals.find(s, taken)) {
                if (!knownIds.contains(p.id())) {
                    Proposal first = proposals.putIfAbsent(p.id(), p);
                    mentions.add(first == null ? p.asMention() : new Mention(p.id(), first.type(), false, p.start(), p.end()));
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            Draft.Item item = new Draft.Item("l" + s.line() + "-s" + index, s, List.copyOf(mentions), found.choices());
            items.add(item);
            claim(item, articleId, previousPerson).ifPresent(claims::add);
            Optional<Mention> person = mentions.stream().filter(m -> m.type().equals("Person")).reduce((a, b) -> b);
            if (person.isPresent()) {
                previousPerson = person;
            }
        }
        return new Draft(article, articleId, items, claims, new ArrayList<>(proposals.values()));
    }

    /**
     * Page furniture: a line that does not end as a sentence ends (full stop, question or exclamation mark,
     * colon, possibly inside closing quotes) is a headline, a subheading, a caption or a credit
     * ("Forschen statt Kommerz", "March 12, 2024 um 08:15 AM © IMAGO / SOPA Images"). It states nothing
     * about the world, so by the curation rules it carries no claim.
     */
    static boolean furniture(Sentence s) {
        String t = s.text().replaceAll("[\\s\\p{Z}\"“”„«»‘’'()]+$", "");
        return !(t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(":") || t.endsWith("…"));
    }

    private static Optional<Draft.Claim> claim(Draft.Item item, String articleId, Optional<Mention> previousPerson) {
        Sentence s = item.sentence();
        if (furniture(s)) {
            return Optional.empty();
        }
        Optional<Attribution.Cue> cue = Attribution.find(s, item.mentions(), previousPerson);
        Optional<Quantities.Amount> amount = Quantities.amount(s);
        Optional<Assessment.Marker> judgement = cue.isPresent() || amount.isPresent() ? Optional.empty()
                : Assessment.find(s);
        if (cue.isEmpty() && amount.isEmpty() && judgement.isEmpty()) {
            return Optional.empty();
        }
        String id = "c" + articleId.substring("article-".length()) + "-" + item.id();
        String why = cue.map(Attribution.Cue::word)
                .orElseGet(() -> judgement.map(j -> JUDGEMENT + j.kind() + " \"" + j.word() + "\"").orElse("amount"));
        return Optional.of(new Draft.Claim(id, item, why, cue.flatMap(Attribution.Cue::claimant), amount,
                Quantities.date(s)));
    }
}
