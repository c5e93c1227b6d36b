package dev.chinaai.kg.server.store;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.assembler.TextIndexLuceneAssembler;
import org.apache.jena.rdf.model.Resource;

/**
 * Assembles the index type that {@code fuseki-config/config.ttl} declares for
 * {@link SharedReaderTextIndex}: jena-text's own assembler reads the index's
 * description (the same {@code text:} properties as a {@code text:TextIndexLucene})
 * and builds jena's index, which is then searched through one shared reader.
 * The configuration names this class with {@code ja:assembler}, so Jena's
 * assembler registers it wherever the file is assembled (serve, republish,
 * build); public with a no-argument constructor for that.
 */
public final class SharedReaderTextIndexAssembler extends AssemblerBase {
    @Override
    public Object open(Assembler a, Resource root, Mode mode) {
        Object index = new TextIndexLuceneAssembler().open(a, root, mode);
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new TextIndexException(root + ": jena-text's assembler built " + index + ", not a TextIndexLucene");
        }
        try {
            return new SharedReaderTextIndex(lucene);
        } catch (RuntimeException e) {
            lucene.close(); // its writer holds the index's lock
            throw e;
        }
    }
}
