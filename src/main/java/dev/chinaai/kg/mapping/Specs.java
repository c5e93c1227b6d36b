package dev.chinaai.kg.mapping;

import static dev.chinaai.kg.mapping.FieldRule.one;
import static dev.chinaai.kg.mapping.FieldRule.ref;
import static dev.chinaai.kg.mapping.FieldRule.refs;

import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.ORG;
import dev.chinaai.kg.vocab.TIME;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;

/**
 * The mapping table: one {@link ClassSpec} per ontology class that curators
 * annotate. The engine runs these rows; nothing class-specific is coded
 * elsewhere except claims and provenance.
 */
public final class Specs {
    static final String ENTITY_TEMPLATE = "id/{id}";
    static final String ANY = "Thing";
    /** The type of a registry entry whose declared type is wrong: the error is reported once, at the entry. */
    static final String UNKNOWN = "?";
    private static final String ACTOR = "Actor";
    private static final String ORG_TYPE = "Organization";
    private static final String PLACE = "Place";

    /** Each annotated type and its parent type, as the ontology's rdfs:subClassOf says. */
    static final Map<String, String> PARENT = Map.ofEntries(Map.entry("Person", ACTOR), Map.entry(ORG_TYPE, ACTOR),
            Map.entry("Group", ACTOR), Map.entry("Company", ORG_TYPE), Map.entry("University", ORG_TYPE),
            Map.entry("ResearchInstitute", ORG_TYPE), Map.entry("GovernmentBody", ORG_TYPE), Map.entry("Outlet", ORG_TYPE),
            Map.entry("Lab", ORG_TYPE), Map.entry("Architecture", "ModelKind"), Map.entry("ModelClass", "ModelKind"));

    private static final Map<String, ClassSpec> TABLE = build();

    private Specs() {
    }

    private static Map<String, ClassSpec> build() {
        List<ClassSpec> list = new ArrayList<>();
        List<FieldRule> orgFields = List.of(refs("locatedIn", CAI.locatedIn, PLACE), ref("headquarters", CAI.headquarters, PLACE),
                refs("partOf", CAI.partOf, ORG_TYPE, "Group", PLACE), refs("member", CAI.member, ACTOR),
                refs("foundedBy", CAI.foundedBy, ACTOR, PLACE), one("founded", CAI.founded, Kind.TIME),
                refs("contributedTo", CAI.contributedTo, ANY));
        list.add(entity(ORG_TYPE, CAI.Organization, orgFields));
        for (var e : Map.of("Company", CAI.Company, "University", CAI.University, "ResearchInstitute",
                CAI.ResearchInstitute, "GovernmentBody", CAI.GovernmentBody, "Outlet", CAI.Outlet, "Lab", CAI.Lab).entrySet()) {
            list.add(entity(e.getKey(), e.getValue(), orgFields));
        }
        list.add(entity("Group", CAI.Group, List.of(refs("member", CAI.member, ACTOR), refs("locatedIn", CAI.locatedIn, PLACE))));
        list.add(entity("Person", CAI.Person, List.of(ref("nationality", CAI.nationality, PLACE),
                refs("locatedIn", CAI.locatedIn, PLACE), refs("contributedTo", CAI.contributedTo, ANY))));
        list.add(entity(PLACE, CAI.Place, List.of(refs("locatedIn", CAI.locatedIn, PLACE), refs("partOf", CAI.partOf, PLACE))));
        list.add(entity("Event", CAI.Event, List.of(refs("locatedIn", CAI.locatedIn, PLACE), refs("foundedBy", CAI.foundedBy, ACTOR, PLACE),
                one("founded", CAI.founded, Kind.TIME), one("tookPlace", CAI.tookPlace, Kind.TIME),
                refs("organizer", CAI.organizer, ACTOR), one("goal", CAI.goal, Kind.TEXT))));
        list.add(entity("Model", CAI.Model, List.of(refs("developer", CAI.developer, ACTOR), one("released", CAI.released, Kind.TIME),
                ref("successorOf", CAI.successorOf, "Model"), ref("versionOf", CAI.versionOf, "Model"),
                refs("basedOn", CAI.basedOn, "Model", "Product", "ModelKind"), one("modelType", CAI.modelType, Kind.TEXT),
                refs("kind", CAI.modelKind, "ModelKind"))));
        // Architectures and classes of models are concepts of the model kinds scheme, not models.
        list.add(entity("Architecture", CAI.Architecture, List.of(refs("basedOn", CAI.basedOn, "ModelKind"))));
        list.add(entity("ModelClass", CAI.ModelClass, List.of(refs("basedOn", CAI.basedOn, "ModelKind"))));
        list.add(entity("Product", CAI.Product, List.of(refs("developer", CAI.developer, ACTOR), one("released", CAI.released, Kind.TIME),
                refs("basedOn", CAI.basedOn, "Model", "Product", "ModelKind"))));
        List<FieldRule> measures = List.of(refs("imposedBy", CAI.imposedBy, ACTOR, PLACE), refs("imposedOn", CAI.imposedOn, ACTOR, PLACE),
                one("restricts", CAI.restricts, Kind.TEXT), refs("restrictedItem", CAI.restrictedItem, "Product"),
                one("goal", CAI.goal, Kind.TEXT), one("reason", CAI.reason, Kind.TEXT), one("adopted", CAI.adopted, Kind.TIME),
                one("announced", CAI.announced, Kind.TIME));
        list.add(entity("ChipConstraint", CAI.ChipConstraint, measures));
        List<FieldRule> policy = new ArrayList<>(measures);
        policy.add(new FieldRule("targetYear", CAI.targetYear, Kind.YEAR, Set.of(), false, true));
        policy.add(refs("foundedBy", CAI.foundedBy, ACTOR, PLACE));
        list.add(entity("Policy", CAI.Policy, policy));
        List<FieldRule> publication = List.of(one("title", CAI.title, Kind.TEXT), refs("author", CAI.author, ACTOR),
                refs("publisher", CAI.publisher, ACTOR), one("published", CAI.published, Kind.TIME));
        list.add(entity("Report", CAI.Report, publication));
        list.add(entity("Article", CAI.Article, publication));
        // An affiliation is a W3C ORG membership: its role a position of the scheme, its time an OWL-Time interval.
        list.add(ClassSpec.of("Affiliation", CAI.Affiliation, "id/affiliation/{member}--{organization}", List.of(
                ref("member", ORG.member, ACTOR).asRequired(), ref("organization", ORG.organization, ORG_TYPE, "Group").asRequired(),
                new FieldRule("role", ORG.role, Kind.POSITION, Set.of(), false, true),
                one("time", ORG.memberDuring, Kind.PERIOD), one("began", TIME.hasBeginning, Kind.PERIOD),
                one("ended", TIME.hasEnd, Kind.PERIOD), one("current", CAI.current, Kind.BOOLEAN))));
        list.add(ClassSpec.of("Activity", CAI.Activity, "id/activity/{seed}-{excerpt}-{n}", List.of(
                refs("agent", CAI.agent, ACTOR, PLACE, "Product").asRequired(), one("action", CAI.action, Kind.TEXT).asRequired(),
                refs("object", CAI.object, ANY), refs("place", CAI.place, PLACE), one("time", CAI.time, Kind.TIME),
                one("status", CAI.status, Kind.STATUS))));
        Map<String, ClassSpec> map = new LinkedHashMap<>();
        list.forEach(s -> map.put(s.name(), s));
        return Collections.unmodifiableMap(map);
    }

    /** A registry class: the common description field, then its own rows. */
    private static ClassSpec entity(String name, Resource rdfClass, List<FieldRule> own) {
        List<FieldRule> rules = new ArrayList<>();
        rules.add(one("description", CAI.description, Kind.TEXT));
        rules.addAll(own);
        return ClassSpec.of(name, rdfClass, ENTITY_TEMPLATE, rules);
    }

    /** Every spec, by the type name curators write. */
    static Map<String, ClassSpec> all() {
        return TABLE;
    }

    /** The RDF class of every spec: what the test of ontology, specs and shapes compares. */
    public static Map<String, Resource> classes() {
        Map<String, Resource> out = new LinkedHashMap<>();
        TABLE.forEach((k, v) -> out.put(k, v.rdfClass()));
        return out;
    }

    /** Whether an entity of type {@code type} may stand where {@code target} is asked for. */
    static boolean isA(String type, String target) {
        if (UNKNOWN.equals(type)) {
            return true;
        }
        for (String t = type; t != null; t = PARENT.get(t)) {
            if (t.equals(target) || target.equals(ANY)) {
                return true;
            }
        }
        return false;
    }
}
