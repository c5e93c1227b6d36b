package dev.chinaai.kg.server.watch;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.project.ProjectLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a curator edits and runs the rebuild once the changes
 * have settled: a save is often several events (write, rename, attributes),
 * so the rebuild waits until no event has come for the quiet period. Changes
 * saved while a rebuild runs lead to one more rebuild after it. Editor
 * scratch files (hidden, {@code ~} backups, swap files) are ignored.
 */
public final class ProjectWatcher implements AutoCloseable {
    /** How long the folders must be quiet before a rebuild starts. */
    public static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Thread thread;
    private final Runnable rebuild;
    private final PrintWriter log;

    private ProjectWatcher(WatchService service, Runnable rebuild, PrintWriter log) {
        this.service = service;
        this.rebuild = rebuild;
        this.log = log;
        this.thread = new Thread(this::loop, "watch-project");
        thread.setDaemon(true);
    }

    /** Starts watching {@code mappings/}, {@code ontology/} and {@code shapes/} (with their sub-folders). */
    public static ProjectWatcher start(ProjectLayout layout, Runnable rebuild, PrintWriter log) {
        if (layout.root().getFileSystem() != FileSystems.getDefault()) {
            throw new KgException("serve --watch watches the files of a clone; run it inside a clone of the project "
                    + "or give --project DIR (the copy inside the jar cannot be edited)");
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            for (Path dir : List.of(layout.mappings(), layout.ontology(), layout.shapes())) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path d : tree.filter(Files::isDirectory).toList()) {
                        register(service, d);
                    }
                }
            }
            ProjectWatcher w = new ProjectWatcher(service, rebuild, log);
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new KgException("serve --watch: cannot watch " + layout.root() + ": " + e.getMessage()
                    + "; check that the folders exist and are readable", e);
        }
    }

    private static void register(WatchService service, Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop() {
        try {
            while (true) {
                boolean relevant = drain(service.take());
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    runRebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** A rebuild that fails unexpectedly is reported, and watching goes on: the next save may fix it. */
    private void runRebuild() {
        try {
            rebuild.run();
        } catch (RuntimeException e) {
            log.println("watch: the rebuild failed: " + e + "; still serving the last graph that built");
            log.flush();
        }
    }

    /** Takes the key's events; true if one of them concerns a file the build reads (or events were lost). */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) e.context());
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(service, changed);
                } catch (IOException ex) {
                    log.println("watch: cannot watch the new folder " + changed + ": " + ex.getMessage()
                            + "; changes inside it are not seen until the server restarts");
                    log.flush();
                }
            }
            relevant |= !scratch(changed.getFileName().toString());
        }
        key.reset();
        return relevant;
    }

    /** Files editors write beside the real one while saving. */
    static boolean scratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.matches("\\d+") || name.startsWith("#");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new KgException("serve --watch: cannot stop watching: " + e.getMessage(), e);
        }
        thread.interrupt();
    }
}
