package dev.chinaai.kg.server.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.de.GermanStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the full-text index (named in {@code fuseki-config/config.ttl}):
 * standard tokens, lower case, German stop words, umlaut folding and the
 * Caumanns German stemmer. Lucene's GermanAnalyzer uses a light stemmer that
 * keeps "Chips" apart from "Chip" (it drops a final s only after certain
 * letters); this stemmer strips the German endings e, s, n, t, em, er, nd on
 * both sides, so "Chip" finds "Chips" and "Sanktion" finds "Sanktionen".
 * Public with a no-argument constructor because jena-text creates it by name.
 */
public final class GermanSearchAnalyzer extends Analyzer {
    /** Whether this analyzer drops a lower-case word as a stop word, so that no search finds it. */
    public static boolean isStopWord(String lowerCaseWord) {
        return GermanAnalyzer.getDefaultStopSet().contains(lowerCaseWord);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
        result = new GermanNormalizationFilter(result);
        result = new GermanStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
