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
    /** A time description node: the seed's words plus optional ISO dates. */
    TIME
}
