package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * jena-text's Lucene index, searched through one Lucene reader that all
 * queries share until the next commit, instead of the reader that
 * {@link TextIndexLucene#query} opens and closes for every search (opening one
 * reads and checksums every segment's files again: 30 % of a text search at 1x,
 * and more on a bigger index).
 *
 * <p>Everything else is jena-text's own: {@code fuseki-config/config.ttl}
 * declares the index with jena's properties, jena's assembler builds the
 * {@link TextIndexLucene} (see {@link SharedReaderTextIndexAssembler}), writes
 * and commits go to it, and a search runs jena's own query code (its private
 * {@code query$}, the part of {@code query} after the reader is opened, called
 * through a method handle) with the shared reader. So hits, scores, order,
 * highlights, language handling and limits are jena's by construction, not by
 * a copy that could drift. If a Jena release renames that method, assembling
 * the index fails with a message that says so (SharedReaderTextIndexTest runs
 * it), rather than searching differently.
 *
 * <p>The reader follows the index: a commit (the end of a load, a build or a
 * write transaction) reopens it before returning, so a search after the commit
 * sees what it wrote, as with jena's reader per query. A search already running
 * keeps the reader it started with until it ends. Closing the index closes the
 * shared reader; a search after that falls back to jena's own reader per query
 * and fails or answers as jena's would.
 */
public final class SharedReaderTextIndex implements TextIndex {
    private static final MethodHandle QUERY;
    private static final MethodHandle SUBJECT_FILTER;
    private static final String MISSING;

    static {
        MethodHandle query = null;
        MethodHandle filter = null;
        String missing = null;
        try {
            // The index's classes are on the class path (one unnamed module), so its private members are reachable.
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(TextIndexLucene.class, MethodHandles.lookup());
            query = lookup.findVirtual(TextIndexLucene.class, "query$", MethodType.methodType(List.class,
                    IndexReader.class, List.class, String.class, UnaryOperator.class, String.class, String.class,
                    int.class, String.class));
            filter = lookup.findVirtual(TextIndexLucene.class, "addUriPredicate",
                    MethodType.methodType(UnaryOperator.class, String.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            missing = e.toString();
        }
        QUERY = query;
        SUBJECT_FILTER = filter;
        MISSING = missing;
    }

    private final TextIndexLucene lucene;
    private final ReaderManager readers;

    /** Searches {@code lucene}, which this index now owns (closing this closes it), through one shared reader. */
    public SharedReaderTextIndex(TextIndexLucene lucene) {
        if (MISSING != null) {
            throw new KgException("fuseki-config/" + FusekiConfigFile.FILE + ": this jena-text has no "
                    + "TextIndexLucene.query$(IndexReader, ...) or addUriPredicate(String) to search with a shared reader ("
                    + MISSING + "); declare the index as text:TextIndexLucene to search with jena-text's reader per query");
        }
        this.lucene = lucene;
        try {
            // The index exists: jena's constructor commits once so that an empty index can be read.
            this.readers = new ReaderManager(lucene.getDirectory());
        } catch (IOException e) {
            throw new TextIndexException("open a reader", e);
        }
    }

    /** jena's index this one searches and writes through. */
    public TextIndexLucene lucene() {
        return lucene;
    }

    /** The Lucene index jena-text writes through under {@code index} (this class or its own), or null. */
    static TextIndexLucene luceneOf(TextIndex index) {
        return index instanceof SharedReaderTextIndex shared ? shared.lucene()
                : index instanceof TextIndexLucene plain ? plain : null;
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
            int limit, String highlight) {
        DirectoryReader reader;
        try {
            reader = readers.acquire();
        } catch (AlreadyClosedException closed) {
            return lucene.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
        } catch (IOException e) {
            throw new TextIndexException("query", e);
        }
        try {
            return search(reader, subjectUri, props, qs, graphURI, lang, limit, highlight);
        } finally {
            release(reader);
        }
    }

    /** jena's search over {@code reader}, its exceptions turned into the ones its {@code query} throws. */
    @SuppressWarnings("unchecked")
    private List<TextHit> search(IndexReader reader, String subjectUri, List<Resource> props, String qs,
            String graphURI, String lang, int limit, String highlight) {
        try {
            UnaryOperator<Query> filter = (UnaryOperator<Query>) SUBJECT_FILTER.invokeExact(lucene, subjectUri);
            return (List<TextHit>) QUERY.invokeExact(lucene, reader, props, qs, filter, graphURI, lang, limit, highlight);
        } catch (ParseException e) {
            throw new TextIndexParseException(qs, e.getMessage());
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new TextIndexException("query", e);
        }
    }

    private void release(DirectoryReader reader) {
        try {
            readers.release(reader);
        } catch (IOException e) {
            throw new TextIndexException("release a reader", e);
        }
    }

    // The other forms of query reduce to the one above as TextIndexLucene's do (a limit of 0 is its default limit).

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return query(property, qs, graphURI, lang, 0);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return query(property, qs, graphURI, lang, limit, null);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return query((String) null, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        List<Resource> props = property == null ? List.of() : List.of(ResourceFactory.createProperty(property.getURI()));
        return query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return query((String) null, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        String subjectUri = subj == null || Var.isVar(subj) || !subj.isURI() ? null : subj.getURI();
        return query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    /** Commits the index, then moves the shared reader to that commit before any later search. */
    @Override
    public void commit() {
        lucene.commit();
        try {
            readers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new TextIndexException("reopen the reader after a commit", e);
        }
    }

    @Override
    public void close() {
        try {
            readers.close();
        } catch (IOException e) {
            throw new TextIndexException("close the reader", e);
        } finally {
            lucene.close();
        }
    }

    @Override
    public void prepareCommit() {
        lucene.prepareCommit();
    }

    @Override
    public void rollback() {
        lucene.rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        lucene.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        lucene.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        lucene.deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return lucene.get(uri);
    }

    @Override
    public EntityDefinition getDocDef() {
        return lucene.getDocDef();
    }
}
