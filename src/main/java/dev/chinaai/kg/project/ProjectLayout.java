package dev.chinaai.kg.project;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the project's input lives: {@code seeds/}, {@code mappings/},
 * {@code ontology/}, {@code shapes/} and {@code fuseki-config/} under one root.
 * The root is a checkout on disk or, when the runnable jar is started from
 * another directory, the copy of those folders bundled inside the jar, so that
 * {@code java -jar} works anywhere.
 */
public record ProjectLayout(Path root) {

    /** Folder inside the jar that holds the bundled copy of the project's input. */
    static final String BUNDLE = "/kg";

    public Path seeds() {
        return root.resolve("seeds");
    }

    public Path mappings() {
        return root.resolve("mappings");
    }

    public Path ontology() {
        return root.resolve("ontology");
    }

    public Path shapes() {
        return root.resolve("shapes");
    }

    public Path fusekiConfig() {
        return root.resolve("fuseki-config");
    }

    /** The name of a file as the user should see it in messages: relative to the root. */
    public String display(Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }

    /**
     * The given directory if there is one; else the current directory if it is a
     * checkout (it has {@code mappings/registry.yaml}); else the bundled copy.
     */
    public static ProjectLayout locate(Path explicit) {
        if (explicit != null) {
            ProjectLayout layout = new ProjectLayout(explicit.toAbsolutePath().normalize());
            if (!Files.isDirectory(layout.root())) {
                throw new KgException(explicit + ": no such folder; give --project the folder of a clone, "
                        + "or leave the option out");
            }
            if (!Files.isDirectory(layout.mappings())) {
                throw new KgException(explicit + ": not a project directory (no mappings/ folder in it); "
                        + "give the folder of a clone with --project, or leave the option out");
            }
            return layout;
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("mappings/registry.yaml"))) {
            return new ProjectLayout(cwd);
        }
        return bundled();
    }

    /** The copy of the project's input that the build put into the jar (or target/classes). */
    public static ProjectLayout bundled() {
        URL url = ProjectLayout.class.getResource(BUNDLE + "/mappings/registry.yaml");
        if (url == null) {
            throw new KgException("no project input found: run from a clone of the project or give --project DIR");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new ProjectLayout(fs.getPath(BUNDLE));
            }
            return new ProjectLayout(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new KgException("cannot open the project input bundled in the jar: " + e.getMessage(), e);
        }
    }
}
