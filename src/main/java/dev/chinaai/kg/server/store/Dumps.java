package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.DatasetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.AsyncParserBuilder;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of N-Quads dumps that {@code build} wrote, streamed one file after
 * the other and parsed ahead on another thread, for {@link Store#load}. A dump
 * may be a named pipe: it is read once, front to back. A file
 * that is missing or not N-Quads is an error naming the file, line and column.
 */
final class Dumps {
    private static final Pattern POSITION = Pattern.compile("\\[line: (\\d+), col: (\\d+) *\\]");

    private Dumps() {
    }

    static Iterator<Quad> quads(List<Path> dumps) {
        for (Path f : dumps) {
            // Not only regular files: a named pipe (or bash's <(...)) lets a load read a dump while it is made.
            if (!Files.exists(f)) {
                throw new KgException(f + ": no such file; give the N-Quads files that `build` wrote (" + DatasetFiles.NQUADS + ")");
            }
            if (Files.isDirectory(f)) {
                throw new KgException(f + ": is a folder; give the N-Quads files that `build` wrote (" + DatasetFiles.NQUADS
                        + ") in it");
            }
        }
        return Iter.flatMap(dumps.iterator(), Dumps::parse);
    }

    /**
     * One dump's quads. Blank nodes keep their labels across files: only the
     * ontology has them, with the same labels in every shard's dump, and it must
     * be stored once, not once per shard.
     */
    private static Iterator<Quad> parse(Path f) {
        Iterator<Quad> it = new AsyncParserBuilder(List.of(RDFParser.source(f).lang(Lang.NQUADS)
                .labelToNode(LabelToNode.createUseLabelAsGiven()))).asyncParseQuads();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (RiotException e) {
                    throw notNQuads(f, e);
                }
            }

            @Override
            public Quad next() {
                try {
                    return it.next();
                } catch (RiotException e) {
                    throw notNQuads(f, e);
                }
            }
        };
    }

    private static KgException notNQuads(Path f, RiotException e) {
        // The parser thread's error reaches this thread as a plain RiotException whose message starts
        // "[line: L, col: C] ...", so the position is read from there.
        String what = e.getMessage() == null ? "unreadable" : e.getMessage();
        String at = "";
        Matcher m = POSITION.matcher(what);
        if (m.lookingAt()) {
            at = ":" + m.group(1) + ":" + m.group(2);
            what = what.substring(m.end()).trim();
        }
        return new KgException(f + at + ": not N-Quads as `build` writes them: " + what
                + "; give the " + DatasetFiles.NQUADS + " of a build, unchanged", e);
    }
}
