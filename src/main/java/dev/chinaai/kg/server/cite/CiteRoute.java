package dev.chinaai.kg.server.cite;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.system.Txn;

/**
 * {@code /cite/<path>.bib|.ris|.json}: the citation of the works behind the
 * page at {@code /<path>} (an entity, claim, excerpt or article), and
 * {@code /cite/dataset.<suffix>} for the dataset. Rendered once per path (the
 * graph never changes); a path the graph does not describe is a 404.
 */
public final class CiteRoute implements Route {
    /** The path prefix this route answers. */
    public static final String PREFIX = "/cite/";
    private static final List<String> CITABLE = List.of("/id/", "/claim/", "/excerpt/");

    /** The citation links of the page of a resource at {@code path} (e.g. {@code /id/deepseek}), format by format. */
    public static String href(Publication pub, String path, Formats f) {
        return pub.base().iri() + PREFIX.substring(1) + path.substring(1) + "." + f.suffix;
    }

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int dot = path.lastIndexOf('.');
        Formats format = dot < 0 ? null : List.of(Formats.values()).stream()
                .filter(f -> f.suffix.equals(path.substring(dot + 1))).findFirst().orElse(null);
        if (format == null) {
            Responses.plain(response, 404, path + ": a citation is /cite/<path>.bib, .ris or .json");
            return true;
        }
        String of = path.substring(PREFIX.length() - 1, dot);
        boolean dataset = of.equals("/dataset");
        if (!dataset && !(CITABLE.stream().anyMatch(of::startsWith) && pub.describesPath(of))) {
            Responses.plain(response, 404, of + " is not a resource of this graph, so there is nothing to cite");
            return true;
        }
        Rendered r = pub.cached(path, () -> Rendered.of(format.mediaType, format.write(Txn.calculateRead(pub.dataset(),
                () -> dataset ? List.of(DatasetCitation.of(pub)) : Citations.of(pub, pub.iri(of.substring(1)))))));
        response.setHeader("Content-Disposition", "inline; filename=\"" + (dataset ? "china-ai-kg" : of.substring(1)
                .replace('/', '-')) + "." + format.suffix + "\"");
        Responses.cached(request, response, r, pub);
        return true;
    }
}
