package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.graph.IriBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile literals and IRIs in the graph come out of every page escaped, and a javascript: IRI is never a link. */
class HostileContentTest {

    @Test
    void pagesEscapeEveryLiteralAndLinkNoScriptIri() throws Exception {
        KgServer server = KgServer.start(dev.chinaai.kg.TestGraph.LAYOUT, HostileContent.dataset(), IriBase.CANONICAL,
                ServerOptions.defaults().withPort(0), new PrintWriter(new StringWriter()));
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"id/deepseek.html", "id/evil.html",
                "search?q=" + URLEncoder.encode("alert", StandardCharsets.UTF_8)}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), path);
                String html = r.body();
                assertFalse(html.contains("<script>alert"), path);
                assertFalse(html.contains("<img src=x"), path);
                assertFalse(html.contains("href=\"javascript:"), path);
                assertTrue(html.contains("&lt;script&gt;alert") || !path.startsWith("id/"), path);
            }
            HttpResponse<String> nonAscii = http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "id/z%C3%BCrich-stra%C3%9Fe")).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, nonAscii.statusCode(), "an IRI with non-ASCII characters dereferences");
            HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(server.base() + "id/z%C3%BCrich-stra%C3%9Fe.ttl"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, doc.statusCode());
            assertTrue(doc.body().contains("Zürich"), doc.body());
        } finally {
            server.close();
        }
    }
}
