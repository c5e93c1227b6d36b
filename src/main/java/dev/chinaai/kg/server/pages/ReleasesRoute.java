package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.publication.ReleaseCatalog;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.linkeddata.Format;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /releases/}: the releases that {@code release} wrote, as an HTML list
 * or (by the Accept header) a DCAT catalog; {@code /releases/VERSION/} is the
 * release's metadata and {@code /releases/VERSION/FILE} each of its files, read
 * from the releases folder (only the files a release has; nothing else there
 * is reachable).
 */
public final class ReleasesRoute implements Route {
    /** The path of the listing. */
    public static final String PATH = "/releases/";

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.equals("/releases") || path.equals(PATH)) {
            listing(pub, request, response);
            return true;
        }
        String rest = path.substring(PATH.length());
        int slash = rest.indexOf('/');
        ReleaseShelf shelf = pub.releases();
        if (slash < 0 || shelf == null || !ReleaseVersion.isVersion(rest.substring(0, slash))
                || !shelf.versions().contains(new ReleaseVersion(rest.substring(0, slash)))) {
            return false;
        }
        ReleaseVersion v = new ReleaseVersion(rest.substring(0, slash));
        String name = rest.substring(slash + 1).isEmpty() ? ReleaseShelf.METADATA : rest.substring(slash + 1);
        Optional<List<String>> file = ReleaseShelf.FILES.stream().filter(f -> f.get(0).equals(name)).findFirst();
        if (file.isEmpty()) {
            return false;
        }
        String type = file.get().get(1);
        Rendered r = pub.cached(path, () -> {
            try {
                return Rendered.of(type, Files.readAllBytes(shelf.folder(v).resolve(name)));
            } catch (IOException e) {
                throw new IllegalStateException(shelf.folder(v).resolve(name) + ": unreadable release file", e);
            }
        });
        response.setHeader("Content-Disposition", "inline; filename=\"china-ai-" + v + "-" + name + "\"");
        Responses.cached(request, response, r, pub);
        return true;
    }

    private static void listing(Publication pub, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Format> f;
        try {
            f = Format.negotiate(request.getHeader("Accept"));
        } catch (Format.MalformedAccept e) {
            Responses.plain(response, 400, e.getMessage());
            return;
        }
        String base = pub.base().iri();
        var live = org.apache.jena.rdf.model.ResourceFactory.createResource(base + ".well-known/void#dataset");
        if (f.isPresent() && f.get() != Format.HTML) {
            RdfWriters.negotiated(pub, PATH, () -> ReleaseCatalog.describe(pub.releases(), base, live).getGraph(),
                    request, response);
            return;
        }
        response.setHeader("Vary", "Accept");
        Rendered r = pub.cached(PATH + ".html", () -> Rendered.of("text/html; charset=utf-8",
                Pages.render("releases", pub, "Releases", view(pub))));
        Responses.cached(request, response, r, pub);
    }

    private static Map<String, Object> view(Publication pub) {
        List<Map<String, Object>> releases = new ArrayList<>();
        ReleaseShelf shelf = pub.releases();
        List<ReleaseVersion> versions = shelf == null ? List.of() : shelf.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            ReleaseVersion v = versions.get(i);
            Map<String, Object> m = new HashMap<>();
            m.put("version", v.text());
            m.put("issued", shelf.issued(v));
            m.put("current", i == versions.size() - 1);
            m.put("previous", i > 0 ? versions.get(i - 1).text() : Boolean.FALSE);
            m.put("href", pub.base().iri() + "releases/" + v + "/");
            m.put("files", ReleaseShelf.FILES.stream().map(f -> Map.of("name", f.get(0))).toList());
            releases.add(m);
        }
        Map<String, Object> v = new HashMap<>();
        v.put("releases", releases);
        v.put("sourceText", pub.sourceTextMode().carries());
        return v;
    }
}
