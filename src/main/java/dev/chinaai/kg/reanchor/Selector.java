package dev.chinaai.kg.reanchor;

import dev.chinaai.kg.diagnostics.Location;

/**
 * How an excerpt of the annotation picks its passage: the quote and, where it
 * repeats, a prefix, a suffix or a 1-based occurrence (null when not given).
 */
public record Selector(String id, String quote, String prefix, String suffix, Integer occurrence, Location location) {
    public Selector {
        if (id == null || quote == null || quote.isEmpty() || location == null) {
            throw new IllegalArgumentException("a selector needs an id, a quote and a location");
        }
    }

    Selector with(String newQuote, String newPrefix, String newSuffix, Integer newOccurrence) {
        return new Selector(id, newQuote, newPrefix, newSuffix, newOccurrence, location);
    }
}
