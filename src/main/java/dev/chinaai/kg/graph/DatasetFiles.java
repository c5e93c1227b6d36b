package dev.chinaai.kg.graph;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as TriG and N-Quads, byte-identical for the same content
 * (quads sorted, graphs and subjects in sorted order, fixed prefixes), so that
 * a change of the input shows as a reviewable diff. The folder is replaced as
 * a whole, the two files together.
 */
public final class DatasetFiles {
    public static final String TRIG = "china-ai.trig";
    public static final String NQUADS = "china-ai.nq";
    /** Every file a build may write into its folder. */
    private static final Set<String> DUMPS = Set.of(NQUADS, TRIG);

    private DatasetFiles() {
    }

    /**
     * Replaces {@code dir} with a folder holding exactly the two files, or leaves
     * it as it was and throws: see {@link OutputFolder} for how readers and a
     * killed build never see a half-written output.
     */
    public static void write(DatasetGraph dataset, Path dir, IriBase base) {
        write(dataset, dir, base, DUMPS);
    }

    /**
     * As {@link #write(DatasetGraph, Path, IriBase)}, with only the named files
     * ({@value #NQUADS}, {@value #TRIG} or both): a build whose dump is only
     * loaded into a store need not format the graph a second time as TriG.
     */
    public static void write(DatasetGraph dataset, Path dir, IriBase base, Set<String> names) {
        if (names.isEmpty() || !DUMPS.containsAll(names)) {
            throw new IllegalArgumentException("files to write: " + names);
        }
        List<Keyed> keyed = sortedKeyed(dataset);
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        if (names.contains(NQUADS)) {
            files.put(NQUADS, out -> nquads(keyed, out));
        }
        if (names.contains(TRIG)) {
            files.put(TRIG, out -> trig(quads(keyed), base, out));
        }
        OutputFolder.replace(dir, DUMPS, files);
    }

    /**
     * Readies {@code dir} before a build: restores or deletes what a killed build
     * left next to it, and throws now if {@link #write} could not succeed there.
     */
    public static void prepareOutput(Path dir) {
        OutputFolder.prepare(dir, DUMPS);
    }

    public static DatasetGraph read(Path dir) {
        Path f = dir.resolve(NQUADS);
        if (!Files.isRegularFile(f)) {
            throw new KgException(f + ": no built dataset there; run the build command first");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, f.toString(), Lang.NQUADS);
        return dsg;
    }

    /** The dataset as sorted N-Quads (what {@link #write} puts in {@value #NQUADS}). */
    public static byte[] nquads(DatasetGraph dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        nquads(sortedKeyed(dataset), out);
        return out.toByteArray();
    }

    /** The dataset as TriG with the standard prefixes (what {@link #write} puts in {@value #TRIG}). */
    public static byte[] trig(DatasetGraph dataset, IriBase base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trig(sorted(dataset), base, out);
        return out.toByteArray();
    }

    /**
     * The quads in the order of their N-Triples forms (graph, subject, predicate,
     * object).
     */
    static List<Quad> sorted(DatasetGraph dataset) {
        return quads(sortedKeyed(dataset));
    }

    /**
     * The quads with their nodes' N-Triples forms, sorted by them. Each node is
     * formatted once: formatting inside the comparator formatted four nodes per
     * comparison, n log n times; and the N-Quads lines are made of these forms.
     */
    private static List<Keyed> sortedKeyed(DatasetGraph dataset) {
        Map<Node, String> keys = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        dataset.find().forEachRemaining(q -> keyed.add(new Keyed(key(keys, q.getGraph()), key(keys, q.getSubject()),
                key(keys, q.getPredicate()), key(keys, q.getObject()), q)));
        keys.clear();
        keyed.sort(Comparator.comparing(Keyed::g).thenComparing(Keyed::s).thenComparing(Keyed::p).thenComparing(Keyed::o));
        return keyed;
    }

    private static List<Quad> quads(List<Keyed> keyed) {
        List<Quad> quads = new ArrayList<>(keyed.size());
        keyed.forEach(k -> quads.add(k.quad()));
        return quads;
    }

    /** A quad with the N-Triples form of each of its nodes. */
    private record Keyed(String g, String s, String p, String o, Quad quad) {
    }

    private static String key(Map<Node, String> keys, Node n) {
        return keys.computeIfAbsent(n, DatasetFiles::ntForm);
    }

    /**
     * A node's N-Triples form, as Jena's N-Triples writer (UTF-8) writes it. An
     * IRI with no character that N-Triples excludes from IRIs
     * ({@code [#x00-#x20<>"{}|^`\]}), and a literal that needs no escape, are
     * written as they are, without going through the writer a character at a time.
     */
    public static String ntForm(Node n) {
        if (n.isURI() && plainIri(n.getURI())) {
            return "<" + n.getURI() + ">";
        }
        String literal = n.isLiteral() ? plainLiteral(n) : null;
        return literal != null ? literal : NodeFmtLib.strNT(n);
    }

    /**
     * A literal's form when its lexical form needs no escape and its datatype
     * IRI none, so that Jena's writer would copy both as they are; null for any
     * other literal (a base direction, a character Jena escapes or replaces).
     * In a load, Jena's writer was a seventh of the thread that feeds TDB2.
     */
    private static String plainLiteral(Node n) {
        String lex = n.getLiteralLexicalForm();
        if (n.getLiteralBaseDirection() != null || !plainText(lex)) {
            return null;
        }
        String lang = n.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return plainText(lang) ? "\"" + lex + "\"@" + lang : null;
        }
        String dt = n.getLiteralDatatypeURI();
        if (XSDDatatype.XSDstring.getURI().equals(dt)) {
            return "\"" + lex + "\"";
        }
        return plainIri(dt) ? "\"" + lex + "\"^^<" + dt + ">" : null;
    }

    /** No character that Jena's N-Triples writer escapes or replaces: controls, quote, backslash, U+FFFD, surrogates. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\uFFFD' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The N-Quads lines, from the forms the sort made: what Jena's N-Quads
     * writer (UTF-8) writes for the same quads, without formatting every node a
     * second time (a test holds the two to the same bytes).
     */
    private static void nquads(List<Keyed> keyed, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (Keyed k : keyed) {
                w.write(k.s());
                w.write(' ');
                w.write(k.p());
                w.write(' ');
                w.write(k.o());
                if (!k.quad().isDefaultGraph()) {
                    w.write(' ');
                    w.write(k.g());
                }
                w.write(" .\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TriG blocks, streamed: the quads come sorted by graph and subject, so each graph and subject is one block. */
    private static void trig(List<Quad> quads, IriBase base, OutputStream out) {
        StreamRDF trig = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        trig.start();
        Prefixes.standard(base).forEach(trig::prefix);
        quads.forEach(trig::quad);
        trig.finish();
    }

    /** Writes a file so that readers see the old or the new content, never a part. */
    public static void atomicWrite(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The write already failed; that error is the one to report.
            }
            throw new KgException(target + ": cannot write: " + dev.chinaai.kg.diagnostics.IoErrors.reason(e), e);
        }
    }
}
