package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.regex.Pattern;

/** The one rule for ids: readable slugs that are safe in IRIs as they are. */
final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static void check(String id, Location location) {
        if (!SLUG.matcher(id).matches()) {
            throw new AnnotationException(location, "'" + id + "' is not a valid id: use lowercase letters a-z, "
                    + "digits and single hyphens (for example 'li-lei')");
        }
    }
}
