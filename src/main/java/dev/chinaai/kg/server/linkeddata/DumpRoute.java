package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** {@code /dump.trig} and {@code /dump.nq}: the whole dataset, every named graph, as the build writes it. */
public final class DumpRoute implements Route {
    private static final String TRIG = "application/trig";
    private static final String NQUADS = "application/n-quads";
    private static final AcceptList OFFER = AcceptList.create(TRIG, NQUADS);

    /**
     * The dump in the format the request's Accept header prefers (TriG when any will do):
     * for reads of the whole dataset through the data service, which would otherwise
     * serialise it again for every request.
     */
    public static void negotiated(Publication pub, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String accept = request.getHeader("Accept");
        MediaType type;
        try {
            type = AcceptList.match(new AcceptList(accept == null || accept.isBlank() ? TRIG : accept), OFFER);
        } catch (RuntimeException e) {
            Responses.plain(response, 400, "malformed Accept header: " + accept);
            return;
        }
        if (type == null) {
            Responses.plain(response, 406, "the whole dataset is served as application/trig or application/n-quads; "
                    + "ask for one of them");
            return;
        }
        response.setHeader("Vary", "Accept");
        new DumpRoute().handle(pub, NQUADS.equals(type.getContentTypeStr()) ? "/dump.nq" : "/dump.trig", request, response);
    }

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
        Responses.cached(request, response, r, pub);
        return true;
    }
}
