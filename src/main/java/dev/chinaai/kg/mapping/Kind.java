package dev.chinaai.kg.mapping;

/** How a field's value is read and turned into RDF; one converter each (see {@link Converters}). */
enum Kind {
    /** One or more registry ids, of the field's target types. */
    ENTITY,
    /** A language-tagged text, {@code {de: ..., en: ...}}. */
    TEXT,
    /** A year, xsd:gYear. */
    YEAR,
    /** true or false. */
    BOOLEAN,
    /** done or planned. */
    STATUS,
    /** A time description node: the seed's words plus optional ISO dates, typed with OWL-Time. */
    TIME,
    /**
     * A part of a membership's period ({@code org:memberDuring}): the period as the
     * text words it, or its beginning or end (time:hasBeginning / time:hasEnd).
     */
    PERIOD,
    /** One or more positions of the positions scheme ({@code org:role}). */
    POSITION
}
