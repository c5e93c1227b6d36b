package dev.chinaai.kg.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes every serialisation of the graph uses, under a given base. */
public final class Prefixes {
    private Prefixes() {
    }

    public static Map<String, String> standard(IriBase base) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cai", base.ontologyNamespace());
        m.put("id", base.iri() + "id/");
        m.put("claim", base.iri() + "claim/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("oa", "http://www.w3.org/ns/oa#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("schema", "https://schema.org/");
        return m;
    }
}
