package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.graph.DatasetFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** {@code /dump.trig} and {@code /dump.nq}: the whole dataset, every named graph, as the build writes it. */
public final class DumpRoute implements Route {
    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean trig = path.endsWith(".trig");
        Rendered r = pub.cached(path, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            Txn.executeRead(pub.dataset(), () -> pub.dataset().find().forEachRemaining(copy::add));
            return trig ? Rendered.of("application/trig; charset=utf-8", DatasetFiles.trig(copy, pub.base()))
                    : Rendered.of("application/n-quads; charset=utf-8", DatasetFiles.nquads(copy));
        });
        response.setHeader("Content-Disposition", "inline; filename=\"china-ai." + (trig ? "trig" : "nq") + "\"");
        Responses.cached(request, response, r, pub.lastModified());
        return true;
    }
}
