package dev.chinaai.kg.graph;

import dev.chinaai.kg.diagnostics.IoErrors;
import dev.chinaai.kg.diagnostics.KgException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.atlas.RuntimeIOException;

/**
 * Replaces a folder of generated files as a whole. The files are written into
 * a fresh hidden sibling ({@code .NAME.new-*}), flushed to disk, and only then
 * renamed into place, so that a build that fails or is killed leaves the
 * previous output as it was, and readers never see some files old and some new
 * or a file cut short.
 *
 * <p>POSIX rename cannot replace a folder that has files in it, so an existing
 * folder is first renamed aside ({@code .NAME.old-*}) and the new one renamed
 * in right after; for the moment between the two renames the folder is absent.
 * A build killed exactly then leaves the previous output in {@code .NAME.old-*},
 * and the next build renames it back before it starts. Leftover {@code .new-*}
 * folders (a build killed while writing) are deleted by the next build. Two
 * builds into the same folder at once are not supported: the second deletes the
 * first one's unfinished folder, and the first then fails with an error.
 *
 * <p>Because the folder is replaced, not added to, a folder that holds anything
 * other than the generated files is refused rather than wiped: {@code --out .}
 * must not delete a checkout.
 */
final class OutputFolder {
    private final Path dir;
    private final Path target;
    private final Set<String> ownFiles;

    private OutputFolder(Path dir, Set<String> ownFiles) {
        this.dir = dir;
        this.target = dir.toAbsolutePath().normalize();
        this.ownFiles = ownFiles;
    }

    /** What goes into one file, written as a stream so that a large dataset is never held as bytes in memory. */
    @FunctionalInterface
    interface Content {
        /** Writes the content; {@code out} is buffered and must not be closed. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Makes {@code dir} hold exactly {@code files} (name to content), or leaves it
     * as it was and throws; {@code own} (a superset of the files' names) says
     * which files of an earlier output the new one may drop.
     */
    static void replace(Path dir, Set<String> own, Map<String, Content> files) {
        if (!own.containsAll(files.keySet())) {
            throw new IllegalArgumentException("files " + files.keySet() + " outside " + own);
        }
        new OutputFolder(dir, own).replace(files);
    }

    /**
     * Gets {@code dir} ready before any work: puts back an output that a killed
     * build left renamed aside, deletes what killed builds left, and fails early
     * where {@link #replace} would certainly fail (the folder is the root, a file
     * is in the way, permission is missing, or the folder holds files the build
     * did not write). Creates nothing new.
     */
    static void prepare(Path dir, Set<String> ownFiles) {
        OutputFolder f = new OutputFolder(dir, ownFiles);
        Path parent = f.parent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new KgException(dir + ": cannot write the dataset: " + existing + " is a file, not a folder; "
                    + "give --out a folder you can write to");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new KgException(dir + ": cannot write the dataset: permission denied on " + existing + "; "
                    + "give --out a folder you can write to");
        }
        if (parent.equals(existing)) {
            try {
                f.recoverAndClean(parent);
            } catch (IOException e) {
                throw f.failed(e);
            }
        }
        f.checkReplaceable();
    }

    private Path parent() {
        Path parent = target.getParent();
        if (parent == null) {
            throw new KgException(dir + ": cannot replace the root folder; give --out a folder such as target/dataset");
        }
        return parent;
    }

    private void replace(Map<String, Content> files) {
        Path parent = parent();
        try {
            Files.createDirectories(parent);
            recoverAndClean(parent);
        } catch (IOException e) {
            throw failed(e);
        }
        checkReplaceable();
        Path fresh = sibling(parent, ".new-");
        try {
            Files.createDirectory(fresh);
            for (Map.Entry<String, Content> f : files.entrySet()) {
                writeDurably(fresh.resolve(f.getKey()), f.getValue());
            }
            syncFolder(fresh);
            swapIn(parent, fresh);
            syncFolder(parent);
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw failed(e);
        }
    }

    /** Renames the new folder into place; an existing one goes aside first and is deleted after. */
    private void swapIn(Path parent, Path fresh) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = sibling(parent, ".old-");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Put the previous output back, so a failure leaves things as they were.
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    /**
     * Deletes what earlier builds left: {@code .new-*} (killed while writing) and
     * {@code .old-*} (killed after the swap); if the output itself is missing, the
     * newest {@code .old-*} is the previous output (killed mid-swap) and comes back.
     */
    private void recoverAndClean(Path parent) throws IOException {
        List<Path> fresh = new ArrayList<>();
        List<Path> old = new ArrayList<>();
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".new-")) {
                    fresh.add(p);
                } else if (n.startsWith("." + name + ".old-")) {
                    old.add(p);
                }
            }
        }
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            old.sort(Comparator.comparing(OutputFolder::modified));
            Files.move(old.remove(old.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
        }
        fresh.forEach(this::deleteQuietly);
        old.forEach(this::deleteQuietly);
    }

    /** Refuses to replace a file, or a folder with anything in it that the build did not write. */
    private void checkReplaceable() {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new KgException(dir + ": exists and is not a folder; remove it or give --out another folder");
        }
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path p : entries) {
                if (!isOwn(p)) {
                    foreign.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw failed(e);
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            throw new KgException(dir + ": holds files the build did not write (" + String.join(", ", foreign.subList(0,
                    Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", ..." : "") + "), and the build replaces the "
                    + "whole folder; give --out a new or empty folder, or move those files out");
        }
    }

    /** A generated file, or a temporary file that an earlier version of the build wrote next to one. */
    private boolean isOwn(Path p) {
        String n = p.getFileName().toString();
        boolean known = ownFiles.contains(n) || ownFiles.stream().anyMatch(f -> n.equals("." + f + ".tmp"));
        return known && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private Path sibling(Path parent, String kind) {
        String suffix = ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        return parent.resolve("." + target.getFileName() + kind + suffix);
    }

    private static void writeDurably(Path file, Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Not closed here: closing the stream would close the channel before force().
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            try {
                content.writeTo(out);
                out.flush();
            } catch (RuntimeIOException | UncheckedIOException e) {
                // Jena's writers wrap the IOException (a full disk, say) in an unchecked one; unwrap it for the one-line report.
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            ch.force(true);
        }
    }

    /** Flushes a folder's entries (the renames) to disk where the platform allows opening a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not possible on every platform (Windows); the renames are still atomic, only less durable on power loss.
        }
    }

    /** Deletes a folder this class made (generated files only, then the folder); leaves anything else alone. */
    private void deleteQuietly(Path folder) {
        try {
            if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path p : entries) {
                        if (isOwn(p)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover that cannot be deleted now is tried again by the next build; it is never read as output.
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private KgException failed(IOException e) {
        return new KgException(dir + ": cannot write the dataset: " + IoErrors.reason(e)
                + "; give --out a folder you can write to", e);
    }
}
