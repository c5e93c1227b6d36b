package dev.chinaai.kg.curation;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.de.GermanStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words of German text as Lucene's analysis chain sees them: Unicode word
 * tokens (hyphenated compounds split, as in "Tsinghua-Universität"), lower
 * case, umlauts folded, and the German stemmer of the search index, so that
 * "Huaweis", "Deepseeks" and "der Tsinghua-Universität" come out as the same
 * stems as the names in the registry. Each token keeps its offsets in the text.
 */
final class GermanTokens {
    /** A word: its stem (or its surface form, unstemmed) and where it stands in the analysed text. */
    record Token(String term, int start, int end) {
    }

    private GermanTokens() {
    }

    /** Stemmed tokens, for matching names. */
    static List<Token> stems(String text) {
        return run(text, true);
    }

    /** Tokens as written (case kept), for finding names the registry does not know. */
    static List<Token> words(String text) {
        return run(text, false);
    }

    private static List<Token> run(String text, boolean stem) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = stem
                ? new GermanStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(tokenizer)))
                : tokenizer;
        List<Token> out = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            s.end();
        } catch (IOException e) {
            throw new KgException("cannot tokenise text in memory: " + e.getMessage(), e);
        }
        return out;
    }
}
