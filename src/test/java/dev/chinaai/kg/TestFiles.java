package dev.chinaai.kg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's folders for tests that edit or trim them. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Copies the files directly inside {@code from} into {@code to}, creating it. */
    public static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
