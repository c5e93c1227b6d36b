package dev.chinaai.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the project's ontology ({@code ontology/china-ai.ttl}), named
 * like the terms. IRIs are under the canonical base {@link #BASE}; a build for
 * another base rewrites them on output (see {@code graph.IriBase}).
 */
public final class CAI {
    /** The canonical base of every IRI the project mints: the default server address. */
    public static final String BASE = "http://localhost:3030/";
    /** The ontology IRI. */
    public static final String ONTOLOGY = BASE + "ontology";
    public static final String NS = ONTOLOGY + "#";

    private CAI() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** A person, organisation or group that acts in the seeds: says, founds, develops, imposes. */
    public static final Resource Actor = resource("Actor");
    /** A named human being. */
    public static final Resource Person = resource("Person");
    /** A company, university, institute, government body, outlet or lab. */
    public static final Resource Organization = resource("Organization");
    /** A business enterprise. */
    public static final Resource Company = resource("Company");
    /** A university or college. */
    public static final Resource University = resource("University");
    /** A research institute or academy that is not a university. */
    public static final Resource ResearchInstitute = resource("ResearchInstitute");
    /** A government, ministry, commission, city or provincial authority. */
    public static final Resource GovernmentBody = resource("GovernmentBody");
    /** A newspaper, magazine, portal, broadcaster or social-media account that publishes. */
    public static final Resource Outlet = resource("Outlet");
    /** A research lab, usually part of a company or university. */
    public static final Resource Lab = resource("Lab");
    /** An informal group of organisations under one name, such as "BAT". */
    public static final Resource Group = resource("Group");
    /** An AI model or model version. */
    public static final Resource Model = resource("Model");
    /** A product, platform, service, chip line or project. */
    public static final Resource Product = resource("Product");
    /** A sanction, export control or other limit on access to chips or chip-making equipment. */
    public static final Resource ChipConstraint = resource("ChipConstraint");
    /** A plan, law, initiative, programme or set of measures. */
    public static final Resource Policy = resource("Policy");
    /** A country, region, city or district. */
    public static final Resource Place = resource("Place");
    /** A named event such as a forum or a gala. */
    public static final Resource Event = resource("Event");
    /** A study, report or data set that a seed cites. */
    public static final Resource Report = resource("Report");
    /** A qualified tie of an actor to an organisation: role and time. */
    public static final Resource Affiliation = resource("Affiliation");
    /** Something actors did or plan that no entity names: an announcement, a launch, a cooperation. */
    public static final Resource Activity = resource("Activity");
    /** A statement a seed attributes to a claimant, or a statistic; it is recorded as said, not as fact. */
    public static final Resource Claim = resource("Claim");
    /** What a source asserts: the article's own statement of a fact, or a claim; one query pattern finds both. */
    public static final Resource Statement = resource("Statement");
    /** A rendering of a claim in another language, derived from the German original. */
    public static final Resource Rendering = resource("Rendering");
    /** A claim's link to another claim, carrying the curator's note on it. */
    public static final Resource ClaimLink = resource("ClaimLink");
    /** A link from a claim to a claim it supports. */
    public static final Resource SupportLink = resource("SupportLink");
    /** A link between two claims that contradict each other. */
    public static final Resource ContradictionLink = resource("ContradictionLink");
    /** A seed article: the source of every fact and claim. */
    public static final Resource Article = resource("Article");
    /** An exact passage of an article, selected by quote and by code-point position. */
    public static final Resource Excerpt = resource("Excerpt");
    /** When something happened, as the seed says it, with an ISO date where the seed gives or implies one. */
    public static final Resource TimeDescription = resource("TimeDescription");
    /** The place where the subject is. */
    public static final Property locatedIn = property("locatedIn");
    /** The place of the main seat of an organisation. */
    public static final Property headquarters = property("headquarters");
    /** The country a person belongs to, as the seed says. */
    public static final Property nationality = property("nationality");
    /** The larger organisation or place this one belongs to. */
    public static final Property partOf = property("partOf");
    /** An actor that belongs to this organisation or group. */
    public static final Property member = property("member");
    /** Who founded or set up the subject. */
    public static final Property foundedBy = property("foundedBy");
    /** A work, lab or product the seed credits the actor with. */
    public static final Property contributedTo = property("contributedTo");
    /** Who develops or developed a model or product. */
    public static final Property developer = property("developer");
    /** The model this one follows. */
    public static final Property successorOf = property("successorOf");
    /** The model family this model is a version of. */
    public static final Property versionOf = property("versionOf");
    /** A model or product this one builds on. */
    public static final Property basedOn = property("basedOn");
    /** Who imposes a policy or constraint. */
    public static final Property imposedBy = property("imposedBy");
    /** Whom or what country a policy or constraint applies to. */
    public static final Property imposedOn = property("imposedOn");
    /** A product whose access the constraint or policy restricts. */
    public static final Property restrictedItem = property("restrictedItem");
    /** Who wrote the article or report. */
    public static final Property author = property("author");
    /** Who published the article or report. */
    public static final Property publisher = property("publisher");
    /** Who carried out or plans the activity. */
    public static final Property agent = property("agent");
    /** What the activity is about or produced. */
    public static final Property object = property("object");
    /** Where an activity or claim took place. */
    public static final Property place = property("place");
    /** Who makes the claim. */
    public static final Property claimant = property("claimant");
    /** The report or outlet through which the seed has the claim. */
    public static final Property via = property("via");
    /** An entity the claim is about. */
    public static final Property about = property("about");
    /** Another claim that this claim supports. */
    public static final Property supports = property("supports");
    /** Another claim that this claim contradicts. */
    public static final Property contradicts = property("contradicts");
    /** The part of the news page an excerpt is taken from, when it is page furniture. */
    public static final Property pagePart = property("pagePart");

    /** The concept of a page part ("caption", "credit", ...): {@code cai:PagePart-caption}. */
    public static Resource pagePart(String part) {
        return resource("PagePart-" + part);
    }

    /** The claim a claim link starts from. */
    public static final Property fromClaim = property("fromClaim");
    /** The claim a claim link points to. */
    public static final Property toClaim = property("toClaim");
    /** An excerpt that carries the claim. */
    public static final Property statedIn = property("statedIn");
    /** The article that reports the claim. */
    public static final Property reportedIn = property("reportedIn");
    /** A rendering of the claim in another language. */
    public static final Property rendering = property("rendering");
    /** An entity the excerpt names. */
    public static final Property mentions = property("mentions");
    /** When the subject was founded. */
    public static final Property founded = property("founded");
    /** When the model or product was released or presented. */
    public static final Property released = property("released");
    /** When the policy was adopted or announced. */
    public static final Property adopted = property("adopted");
    /** When the article or report was published. */
    public static final Property published = property("published");
    /** When the affiliation held, the activity happened or the claim was made. */
    public static final Property time = property("time");
    /** What the seed says the subject is. */
    public static final Property description = property("description");
    /** Whether the affiliation still holds when the article was written. */
    public static final Property current = property("current");
    /** What the actors did or plan. */
    public static final Property action = property("action");
    /** Whether the activity is done or planned. */
    public static final Property status = property("status");
    /** The kind of model, in the seed's words. */
    public static final Property modelType = property("modelType");
    /** What the constraint or policy restricts, in the seed's words. */
    public static final Property restricts = property("restricts");
    /** A goal the seed gives. */
    public static final Property goal = property("goal");
    /** A year by which a goal is to be reached. */
    public static final Property targetYear = property("targetYear");
    /** The title as printed. */
    public static final Property title = property("title");
    /** The time in the words of the seed. */
    public static final Property timeText = property("timeText");
    /** The ISO date (year, month, day or instant) the seed gives or implies. */
    public static final Property date = property("date");
    /** The earliest ISO date the seed allows. */
    public static final Property notBefore = property("notBefore");
    /** The latest ISO date the seed allows. */
    public static final Property notAfter = property("notAfter");
    /** How a relative date of the seed was resolved against the article date. */
    public static final Property dateResolution = property("dateResolution");
    /** The claim in the German words of the seed. */
    public static final Property originalText = property("originalText");
    /** The text of a rendering. */
    public static final Property text = property("text");
    /** The claimed number, read from the seed's German notation. */
    public static final Property valueAmount = property("valueAmount");
    /** The upper bound when the seed gives a range ("zwei bis drei"). */
    public static final Property valueMaximum = property("valueMaximum");
    /** The unit of the claimed number. */
    public static final Property valueUnit = property("valueUnit");
    /** The claimed number as the seed writes it. */
    public static final Property valueText = property("valueText");
    /** The full text of the seed article, byte for byte. */
    public static final Property sourceText = property("sourceText");
    /** The sentence(s) an excerpt lies in, with the sentence before it: what "er", "dort", "sagte" refer to. */
    public static final Property context = property("context");
    /** The property a statement asserts (of its cai:about subject). */
    public static final Property predicate = property("predicate");
    /** The value a statement asserts: the object of a fact, or a claim's English rendering. */
    public static final Property value = property("value");
    /** What a claim says, as the predicate of its statement (its value is the English rendering). */
    public static final Property says = property("says");
    /** When an event took place (not when it was founded). */
    public static final Property tookPlace = property("tookPlace");
    /** Who convened or organised an event. */
    public static final Property organizer = property("organizer");
    /** The grounds the text gives for a decision or measure (not its goal). */
    public static final Property reason = property("reason");
    /** When a plan or measure was presented or announced, where the text does not say it was adopted. */
    public static final Property announced = property("announced");
    /** The file name of the seed. */
    public static final Property seedFile = property("seedFile");
    /** The SHA-256 of the seed's bytes, so that offsets can be trusted. */
    public static final Property sha256 = property("sha256");
    /** The length of the text in Unicode code points. */
    public static final Property length = property("length");
    /** The hedge that marks a claim as hearsay, attribution or opinion ("soll", "so Experten"). */
    public static final Property hedge = property("hedge");
    /** The period a claim speaks of ("zwischen 2017 und 2022"), as distinct from when it was said (cai:time). */
    public static final Property referencePeriod = property("referencePeriod");
    /** When the article that reports the claim was published: the report date, not the statement date. */
    public static final Property reportedOn = property("reportedOn");
    /** The kind of a model (an architecture or a class of models), from the model kinds scheme. */
    public static final Property modelKind = property("modelKind");
    /** A kind of AI model: an architecture or a class of models, not a model (SKOS concept). */
    public static final Resource ModelKind = resource("ModelKind");
    /** A model architecture such as the Transformer. */
    public static final Resource Architecture = resource("Architecture");
    /** A class of models such as large language models. */
    public static final Resource ModelClass = resource("ModelClass");
    /** The scheme of model kinds. */
    public static final Resource ModelKinds = resource("ModelKinds");
    /** The scheme of positions held in memberships. */
    public static final Resource Positions = resource("Positions");
    /** The scheme of hedges. */
    public static final Resource Hedges = resource("Hedges");

    /** The positions an {@code org:role} may name: the ids of {@code cai:Position-<id>} in cai:Positions. */
    public static final java.util.Set<String> POSITIONS = java.util.Set.of("analyst", "director", "professor",
            "graduate", "doctoral-candidate", "researcher", "intern", "head", "academician", "deputy-chief-engineer",
            "founder", "co-founder", "chair", "member", "secretary-general", "leading-expert", "premier",
            "head-of-government", "head-of-state", "party-leader", "it-expert");

    /** The hedges a claim may carry: the ids of {@code cai:Hedge-<id>} in cai:Hedges. */
    public static final java.util.Set<String> HEDGES = java.util.Set.of("modal", "unnamed-source", "media-reports", "opinion");

    /** The top concept of the model kinds scheme that each model kind class sits under. */
    public static final java.util.Map<Resource, Resource> MODEL_KIND_TOP = java.util.Map.of(
            Architecture, resource("ModelKind-architecture"), ModelClass, resource("ModelKind-model-class"));

    /** A position concept: {@code cai:Position-director}. */
    public static Resource position(String id) {
        return resource("Position-" + id);
    }

    /** A hedge concept: {@code cai:Hedge-modal}. */
    public static Resource hedge(String id) {
        return resource("Hedge-" + id);
    }
}
