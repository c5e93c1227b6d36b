package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.server.http.Publication;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * JSON-LD documents compacted against the published context
 * ({@code /context.jsonld}: the prefixes of the publication). Jena compacts
 * with those prefixes inline; the inline context is then replaced by a
 * reference to the published one, which says the same.
 */
public final class JsonLdWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonLdWriter() {
    }

    public static byte[] write(Publication pub, Graph g) {
        // Only the published prefixes: the document refers to the published context, which has no others.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(RdfWriters.withPrefixes(g, false, pub.base())).format(RDFFormat.JSONLD11).output(out);
        JsonElement doc = JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
        if (doc.isJsonObject() && doc.getAsJsonObject().has("@context")) {
            JsonObject o = doc.getAsJsonObject();
            o.addProperty("@context", contextUrl(pub));
        }
        return GSON.toJson(doc).getBytes(StandardCharsets.UTF_8);
    }

    static String contextUrl(Publication pub) {
        return pub.base().iri() + "context.jsonld";
    }

    /** The published context: one term per prefix of the publication. */
    static byte[] context(Publication pub) {
        JsonObject terms = new JsonObject();
        RdfWriters.prefixes(pub.base()).forEach(terms::addProperty);
        JsonObject doc = new JsonObject();
        doc.add("@context", terms);
        return GSON.toJson(doc).getBytes(StandardCharsets.UTF_8);
    }
}
