package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.Objects;

/** A claimed number as the seed writes it ("5,6 Millionen") and its unit. */
public record Quantity(String amount, String unit, Location location) {
    public Quantity {
        Objects.requireNonNull(location, "location");
        if (amount == null || amount.isBlank()) {
            throw new AnnotationException(location, "value: needs amount: as the seed writes the number, e.g. amount: \"5,6 Millionen\"");
        }
        if (unit == null || unit.isBlank()) {
            throw new AnnotationException(location, "value: needs unit:, e.g. unit: percent");
        }
    }
}
