package dev.chinaai.kg.cli;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reading a curator's file with a clear error, and writing one complete or not at all. */
final class WholeFiles {
    private WholeFiles() {
    }

    /** The file's bytes; {@code what} names it in the error ("article", "annotation"). */
    static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KgException(file + ": no such " + what + "; give the path of a UTF-8 plain-text " + what, e);
        } catch (IOException e) {
            throw new KgException(file + ": cannot read the " + what + ": " + e.getMessage(), e);
        }
    }

    /** Writes beside the target and renames it into place, so a failed run never leaves half a file. */
    static void write(Path target, byte[] bytes) {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new KgException(target + ": cannot write it (" + e.getMessage() + "); it was left as it was", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file was moved or never filled; nothing else to clean.
                }
            }
        }
    }

    static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
