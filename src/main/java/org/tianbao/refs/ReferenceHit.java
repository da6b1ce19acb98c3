package org.tianbao.refs;

import java.util.List;

/**
 * A plan item found for a query, with its score and the stretches of its text that share words with
 * the query (to be highlighted).
 */
public record ReferenceHit(ReferenceItem item, float score, List<Span> shared) {

    public ReferenceHit {
        shared = List.copyOf(shared);
    }

    /** A stretch [start, end) of the item's text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** The shared words themselves, in text order, without repeats. */
    public List<String> sharedWords() {
        return shared.stream().map(s -> item.text().substring(s.start(), s.end())).distinct().toList();
    }
}
