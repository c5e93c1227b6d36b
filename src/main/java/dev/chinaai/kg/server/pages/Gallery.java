package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The query editor's example gallery: every public competency question
 * ({@code src/test/resources/questions/*.rq}, which the build copies into the
 * jar under {@code /questions}). The leading comment lines of a file are its
 * English question; the whole file is the query. Read from the classpath, so a
 * new question file is a new example without a code change.
 */
final class Gallery {
    private static final String DIR = "/questions";
    private static volatile List<Example> examples;

    /** One example: the file's name without {@code .rq}, its question, and the query text. */
    record Example(String name, String question, String query) {
        Example {
            if (name.isBlank() || question.isBlank() || query.isBlank()) {
                throw new IllegalArgumentException("an example needs a name, a question and a query: " + name);
            }
        }
    }

    private Gallery() {
    }

    /** The examples in file-name order; read once (the jar does not change while it runs). */
    static List<Example> examples() {
        List<Example> e = examples;
        if (e == null) {
            e = read();
            examples = e;
        }
        return e;
    }

    private static List<Example> read() {
        URL dir = Gallery.class.getResource(DIR);
        if (dir == null) {
            throw new KgException("the jar has no " + DIR + " folder: build with `mvn package`, which copies "
                    + "src/test/resources/questions/*.rq into it");
        }
        try {
            URI uri = dir.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return list(fs.getPath(DIR));
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                return list(FileSystems.getFileSystem(uri).getPath(DIR));
            }
        } catch (IOException | URISyntaxException e) {
            throw new KgException("cannot read the example questions from " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Example> list(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
            out.add(new Example(name, question(name, text), text));
        }
        return List.copyOf(out);
    }

    /** The leading {@code #} comment lines, joined: the question a file answers. */
    static String question(String name, String text) {
        StringBuilder q = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            q.append(q.isEmpty() ? "" : " ").append(line.substring(1).strip());
        }
        if (q.isEmpty()) {
            throw new KgException("questions/" + name + ".rq, line 1, column 1: no question; start the file with "
                    + "a comment line that asks it in English, e.g. `# Which models did DeepSeek develop?`");
        }
        return q.toString();
    }
}
