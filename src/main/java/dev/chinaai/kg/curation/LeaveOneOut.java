package dev.chinaai.kg.curation;

import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.Excerpt;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.RegistryEntity;
import dev.chinaai.kg.annotation.SeedAnnotation;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.QuoteMatch;
import dev.chinaai.kg.seed.SeedCorpus;
import dev.chinaai.kg.seed.SeedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures the annotator against the curated seeds, leaving one out: each
 * seed is drafted with a registry holding only the entities the other seeds
 * mention, as if it were a new article, and the draft is compared with the
 * seed's curated annotation. All spans are code-point offsets into the seed.
 */
public final class LeaveOneOut {
    /** The counts for one seed; rates are computed from them so that totals add up. */
    public record Score(String seed, int knownMentions, int knownFound, int drafted, int draftedRight, int claims,
            int claimsFound, int claimantsRight, int draftedClaims, int draftedClaimsRight, int newEntities,
            int newProposed, int proposals) {

        Score plus(Score o) {
            return new Score("all", knownMentions + o.knownMentions, knownFound + o.knownFound, drafted + o.drafted,
                    draftedRight + o.draftedRight, claims + o.claims, claimsFound + o.claimsFound,
                    claimantsRight + o.claimantsRight, draftedClaims + o.draftedClaims,
                    draftedClaimsRight + o.draftedClaimsRight, newEntities + o.newEntities, newProposed + o.newProposed,
                    proposals + o.proposals);
        }
    }

    private record Span(int start, int end) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private LeaveOneOut() {
    }

    /** One score per curated seed, in file order. */
    public static List<Score> run(Annotations curated, SeedCorpus seeds) {
        List<Score> out = new ArrayList<>();
        for (SeedAnnotation held : curated.seeds()) {
            Set<String> others = new HashSet<>();
            curated.seeds().stream().filter(s -> s != held)
                    .forEach(s -> s.excerpts().forEach(e -> e.mentions().forEach(r -> others.add(r.id()))));
            Registry registry = new Registry(curated.registry().entities().stream()
                    .filter(e -> others.contains(e.id())).toList());
            SeedText text = seeds.get(held.seedFile());
            out.add(score(held, text, new Annotator(registry).annotate(text), others, curated.registry()));
        }
        return out;
    }

    private static Score score(SeedAnnotation held, SeedText text, Draft draft, Set<String> known, Registry full) {
        Map<String, Span> excerptSpans = new HashMap<>();
        for (Excerpt e : held.excerpts()) {
            QuoteMatch m = QuoteLocator.locate(text, e.quote(), e.prefix(), e.suffix(), e.occurrence()).match();
            excerptSpans.put(e.id(), new Span(m.start(), m.end()));
        }
        List<Map.Entry<String, Span>> draftKnown = new ArrayList<>();
        for (Draft.Item item : draft.excerpts()) {
            item.mentions().stream().filter(Mention::known)
                    .forEach(m -> draftKnown.add(Map.entry(m.id(), span(text, m.start(), m.end()))));
        }
        int knownMentions = 0;
        int knownFound = 0;
        for (Excerpt e : held.excerpts()) {
            Span at = excerptSpans.get(e.id());
            for (String id : e.mentions().stream().map(Ref::id).filter(known::contains).distinct().toList()) {
                knownMentions++;
                if (draftKnown.stream().anyMatch(d -> d.getKey().equals(id) && d.getValue().overlaps(at))) {
                    knownFound++;
                }
            }
        }
        // Precision is judged where curators quoted: a name outside every curated quote has no verdict.
        int drafted = 0;
        int right = 0;
        for (Map.Entry<String, Span> d : draftKnown) {
            List<Excerpt> around = held.excerpts().stream().filter(e -> excerptSpans.get(e.id()).overlaps(d.getValue()))
                    .toList();
            if (!around.isEmpty()) {
                drafted++;
                if (around.stream().anyMatch(e -> e.mentions().stream().anyMatch(r -> r.id().equals(d.getKey())))) {
                    right++;
                }
            }
        }
        int[] claims = claims(held, text, draft, excerptSpans);
        Set<String> fresh = held.excerpts().stream().flatMap(e -> e.mentions().stream()).map(Ref::id)
                .filter(id -> !known.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
        Map<String, RegistryEntity> byId = full.byId();
        long proposed = fresh.stream().filter(id -> byId.containsKey(id)
                && draft.proposals().stream().anyMatch(p -> names(p, byId.get(id)))).count();
        return new Score(held.seedFile().substring(0, 3), knownMentions, knownFound, drafted, right, claims[0],
                claims[1], claims[2], draft.claims().size(), claims[3], fresh.size(), (int) proposed,
                draft.proposals().size());
    }

    /**
     * Curated claims, those a drafted claim's quote overlaps, of those the ones with the same claimant, and the
     * drafted claims whose quote overlaps some curated claim's quote (claim precision: a draft that proposed every
     * sentence would find every claim and say nothing).
     */
    private static int[] claims(SeedAnnotation held, SeedText text, Draft draft, Map<String, Span> excerptSpans) {
        int found = 0;
        int claimant = 0;
        for (ClaimAnnotation c : held.claims()) {
            List<Span> spans = c.excerpts().stream().map(r -> excerptSpans.get(r.id())).filter(s -> s != null).toList();
            List<Draft.Claim> hits = draft.claims().stream().filter(d -> {
                Sentence s = d.excerpt().sentence();
                Span ds = span(text, s.start(), s.end());
                return spans.stream().anyMatch(ds::overlaps);
            }).toList();
            if (!hits.isEmpty()) {
                found++;
                String want = c.claimant().id();
                if (hits.stream().anyMatch(d -> d.claimant().map(Mention::id).orElse(draft.articleId()).equals(want))) {
                    claimant++;
                }
            }
        }
        List<Span> curatedSpans = held.claims().stream().flatMap(c -> c.excerpts().stream())
                .map(r -> excerptSpans.get(r.id())).filter(s -> s != null).toList();
        int right = (int) draft.claims().stream().map(d -> span(text, d.excerpt().sentence().start(),
                d.excerpt().sentence().end())).filter(ds -> curatedSpans.stream().anyMatch(ds::overlaps)).count();
        return new int[] {held.claims().size(), found, claimant, right};
    }

    /** Whether a proposal names the entity: its slug is the entity's id, or its name one of the entity's spellings. */
    private static boolean names(Proposal p, RegistryEntity e) {
        if (p.id().equals(e.id())) {
            return true;
        }
        List<String> stems = stems(p.name());
        Set<String> spellings = new HashSet<>(e.labels().values());
        spellings.addAll(e.names());
        return spellings.stream().anyMatch(s -> stems(s).equals(stems));
    }

    private static List<String> stems(String s) {
        return GermanTokens.stems(s).stream().map(GermanTokens.Token::term).toList();
    }

    private static Span span(SeedText text, int charStart, int charEnd) {
        return new Span(text.codePointOffset(charStart), text.codePointOffset(charEnd));
    }

    /** The scores as a Markdown table, one row per seed and a total row. */
    public static String table(List<Score> scores) {
        StringBuilder t = new StringBuilder("| seed | known mentions: recall | precision | claims: recall | "
                + "claimant right | drafted claims | claims: precision | new entities proposed | proposals |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        Score total = null;
        for (Score s : scores) {
            row(t, s);
            total = total == null ? s : total.plus(s);
        }
        if (total != null) {
            row(t, total);
        }
        return t.toString();
    }

    private static void row(StringBuilder t, Score s) {
        t.append("| ").append(s.seed()).append(" | ").append(rate(s.knownFound(), s.knownMentions())).append(" | ")
                .append(rate(s.draftedRight(), s.drafted())).append(" | ").append(rate(s.claimsFound(), s.claims()))
                .append(" | ").append(rate(s.claimantsRight(), s.claimsFound())).append(" | ").append(s.draftedClaims())
                .append(" | ").append(rate(s.draftedClaimsRight(), s.draftedClaims())).append(" | ").append(s.newProposed()).append(" of ").append(s.newEntities()).append(" | ")
                .append(s.proposals()).append(" |\n");
    }

    private static String rate(int hit, int of) {
        return of == 0 ? "– (0 of 0)" : String.format(java.util.Locale.ROOT, "%.1f %% (%d of %d)", 100.0 * hit / of, hit, of);
    }
}
