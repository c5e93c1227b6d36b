package dev.chinaai.kg.server.linkeddata;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.chinaai.kg.server.http.Publication;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * JSON-LD documents compacted against the published context
 * ({@code /context.jsonld}: the prefixes of the publication), which each
 * document embeds: clients with default settings (RDF4J Rio, pyld without a
 * document loader) refuse to fetch a remote context. Jena compacts with the
 * prefixes inline; that context is then replaced by the published one.
 */
public final class JsonLdWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonLdWriter() {
    }

    public static byte[] write(Publication pub, Graph g) {
        // Only the published prefixes: the document carries the published context, which has no others.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(RdfWriters.withPrefixes(g, false, pub.base())).format(RDFFormat.JSONLD11).output(out);
        JsonElement doc = JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
        if (doc.isJsonObject() && doc.getAsJsonObject().has("@context")) {
            doc.getAsJsonObject().add("@context", terms(pub));
        }
        return GSON.toJson(doc).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON-LD document for a {@code <script type="application/ld+json">}
     * block of a page: Gson's HTML-safe escaping writes {@code <}, {@code >},
     * {@code &}, {@code '} and {@code =} as {@code \\u} escapes, so no literal
     * of the graph can close the script element or open a comment in it.
     */
    public static String forScript(Publication pub, Graph g) {
        JsonElement doc = JsonParser.parseString(new String(write(pub, g), StandardCharsets.UTF_8));
        return new Gson().toJson(doc);
    }

    private static JsonObject terms(Publication pub) {
        JsonObject terms = new JsonObject();
        RdfWriters.prefixes(pub.base()).forEach(terms::addProperty);
        return terms;
    }

    /** The published context: one term per prefix of the publication. */
    static byte[] context(Publication pub) {
        JsonObject doc = new JsonObject();
        doc.add("@context", terms(pub));
        return GSON.toJson(doc).getBytes(StandardCharsets.UTF_8);
    }
}
