package dev.chinaai.kg.curation;

import dev.chinaai.kg.seed.SeedText;
import java.util.List;
import java.util.Optional;

/**
 * What the annotator proposes for one article: every sentence as an excerpt
 * with the entities it names, the new entities it would add to the registry,
 * and a claim for every sentence that attributes or counts something.
 * Nothing in it is checked by a person; {@link DraftWriter} writes it so that
 * the build refuses it until a curator has reviewed it.
 */
public record Draft(SeedText article, String articleId, List<Item> excerpts, List<Claim> claims,
        List<Proposal> proposals) {

    public Draft {
        excerpts = List.copyOf(excerpts);
        claims = List.copyOf(claims);
        proposals = List.copyOf(proposals);
    }

    /**
     * A sentence as an excerpt: its id, every name found in it, known or proposed, in text order, and the
     * names that stand for several registry entities, each with its candidates.
     */
    record Item(String id, Sentence sentence, List<Mention> mentions, List<List<Mention>> choices) {
        Item {
            mentions = List.copyOf(mentions);
            choices = choices.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A proposed claim on one excerpt: the cue that marks it ("sagte", "laut",
     * "quotation", or "amount" for a statistic in the article's own voice), the
     * claimant candidate if one is named, and the amount and date read from it.
     */
    record Claim(String id, Item excerpt, String cue, Optional<Mention> claimant, Optional<Quantities.Amount> value,
            Optional<Quantities.Date> time) {
    }
}
