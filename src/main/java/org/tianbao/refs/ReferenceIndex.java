package org.tianbao.refs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory full-text index of the plans' items, ranking them by BM25 over Chinese text.
 *
 * <p>Chinese is written without spaces between words, so every text is analysed twice: into words by
 * Lucene's smart Chinese analyzer (a dictionary and hidden-Markov-model segmenter: 专利 质量 提升 工程),
 * and into overlapping character bigrams by its CJK analyzer (专利 利质 质量 量提 提升 …). Words give the
 * precise matches; bigrams catch what the segmenter cuts wrongly or does not know (贯标 becomes 贯 + 标 as
 * words, but stays one bigram), so they count at half weight. In each, the item's own text counts most;
 * its section headings and bodies count a little, so that a chapter's subject or a ministry's name helps
 * without outweighing the item's own words.
 *
 * <p>The words shared with the query are highlighted, except words found in most items (知识, 产权…),
 * which say nothing, and single characters standing alone.
 *
 * <p>Built once (the segmenter's dictionary takes about a second to load); searching is thread-safe.
 */
public final class ReferenceIndex {

    private static final String WORDS = "words";
    private static final String SECTION_WORDS = "section_words";
    private static final String BIGRAMS = "bigrams";
    private static final String SECTION_BIGRAMS = "section_bigrams";
    private static final String BODIES = "bodies";
    private static final String ORDINAL = "ordinal";

    /** Weight of bigram matches against word matches. */
    static final float BIGRAM_WEIGHT = 0.5f;
    /** Weight of the section headings against the item's own text. */
    static final float SECTION_BOOST = 0.3f;
    /** Weight of the bodies' names against the item's own text. */
    static final float BODIES_BOOST = 0.3f;
    /** Terms found in more than this share of the items are not highlighted. */
    static final double COMMON_TERM_SHARE = 0.15;
    /** Most distinct words, and bigrams, taken from one query; keeps the query within Lucene's clause limit. */
    static final int MAX_QUERY_TERMS = 200;

    private final List<ReferenceItem> items;
    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ReferenceIndex(List<ReferenceItem> items, Analyzer analyzer, DirectoryReader reader) {
        this.items = List.copyOf(items);
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the bundled plans. */
    public static ReferenceIndex bundled() {
        return build(ReferenceLibrary.bundled().items());
    }

    public static ReferenceIndex build(List<ReferenceItem> items) {
        Analyzer words = new SmartChineseAnalyzer();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new CJKAnalyzer(),
                Map.of(WORDS, words, SECTION_WORDS, words));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < items.size(); i++) {
                ReferenceItem item = items.get(i);
                Document doc = new Document();
                doc.add(new StoredField(ORDINAL, i));
                doc.add(new TextField(WORDS, item.text(), Field.Store.NO));
                doc.add(new TextField(BIGRAMS, item.text(), Field.Store.NO));
                doc.add(new TextField(SECTION_WORDS, item.section(), Field.Store.NO));
                doc.add(new TextField(SECTION_BIGRAMS, item.section(), Field.Store.NO));
                doc.add(new TextField(BODIES, String.join("、", item.bodies()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return new ReferenceIndex(items, analyzer, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the reference index", e);
        }
    }

    public List<ReferenceItem> items() {
        return items;
    }

    /** The best items for a query, best first; at most {@code limit}. Items sharing no term are left out. */
    public List<ReferenceHit> search(ReferenceQuery query, int limit) {
        Map<String, Float> words = queryTerms(query, WORDS);
        Map<String, Float> bigrams = queryTerms(query, BIGRAMS);
        if ((words.isEmpty() && bigrams.isEmpty()) || limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        words.forEach((term, weight) -> {
            add(builder, WORDS, term, weight);
            add(builder, SECTION_WORDS, term, weight * SECTION_BOOST);
        });
        bigrams.forEach((term, weight) -> {
            add(builder, BIGRAMS, term, weight * BIGRAM_WEIGHT);
            add(builder, SECTION_BIGRAMS, term, weight * BIGRAM_WEIGHT * SECTION_BOOST);
            add(builder, BODIES, term, weight * BODIES_BOOST);
        });
        try {
            ScoreDoc[] docs = searcher.search(builder.build(), limit).scoreDocs;
            Set<String> highlighted = uncommon(words.keySet());
            List<ReferenceHit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                int ordinal = searcher.storedFields().document(doc.doc).getField(ORDINAL).numericValue().intValue();
                ReferenceItem item = items.get(ordinal);
                hits.add(new ReferenceHit(item, doc.score, sharedSpans(item.text(), highlighted)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reference search failed", e);
        }
    }

    private static void add(BooleanQuery.Builder builder, String field, String term, float boost) {
        Query query = new TermQuery(new Term(field, term));
        builder.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
    }

    /** The query's distinct terms in a field's analysis, with their weights summed over the parts. */
    private Map<String, Float> queryTerms(ReferenceQuery query, String field) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (ReferenceQuery.Part part : query.parts()) {
            Set<String> seen = new HashSet<>();
            for (Token token : tokens(part.text(), field)) {
                if (seen.add(token.term) && (weights.containsKey(token.term) || weights.size() < MAX_QUERY_TERMS)) {
                    weights.merge(token.term, part.weight(), Float::sum);
                }
            }
        }
        return weights;
    }

    /** The words that are not found in most items. */
    private Set<String> uncommon(Set<String> words) throws IOException {
        Set<String> out = new HashSet<>();
        int docs = Math.max(1, reader.numDocs());
        for (String word : words) {
            if (reader.docFreq(new Term(WORDS, word)) <= COMMON_TERM_SHARE * docs) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The stretches of a text made of the given words, neighbours merged; a single character standing
     * alone (对, 等) is left out.
     */
    private List<ReferenceHit.Span> sharedSpans(String text, Set<String> shared) {
        List<ReferenceHit.Span> spans = new ArrayList<>();
        for (Token token : tokens(text, WORDS)) {
            if (shared.contains(token.term)) {
                spans.add(new ReferenceHit.Span(token.start, token.end));
            }
        }
        spans.sort(Comparator.comparingInt(ReferenceHit.Span::start));
        List<ReferenceHit.Span> merged = new ArrayList<>();
        for (ReferenceHit.Span span : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && span.start() <= merged.get(last).end()) {
                merged.set(last, new ReferenceHit.Span(merged.get(last).start(), Math.max(merged.get(last).end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        merged.removeIf(s -> s.end() - s.start() < 2);
        return merged;
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text, String field) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text", e);
        }
        return tokens;
    }
}
