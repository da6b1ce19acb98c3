package org.tianbao.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a printed table, laid out before it is written: the height of every row from its text, the
 * rows after which a printed page ends, and the vertical merges (序号/工作重点 over a key area's rows).
 * A merge that would cross a page is split there and its label repeated, as the attachment's own table
 * did, so that no printed page shows rows without their key area.
 */
final class TablePlan {

    /** A column: width in characters, whether its text is centred, and whether it holds numbers (序号). */
    record Column(double widthChars, boolean centred, boolean numeric) {
    }

    /**
     * Consecutive rows with equal keys are merged in these columns; the label is the text of the first row.
     * Rules are listed outermost first, and an inner rule's keys must change whenever an outer rule's do.
     */
    record MergeRule(int[] columns, Object[] keys) {
    }

    /** A vertical run of rows merged in one column ({@code first == last}: a single row, no merge needed). */
    record Segment(int column, int first, int last) {
    }

    /** Fewest lines a row cut to fill the rest of a page keeps there; with less room it starts the next page. */
    static final int MIN_PIECE_LINES = 3;

    private final List<Column> columns;
    private final double fontPt;
    private final boolean[] merged;
    private final List<int[]> ruleColumns = new ArrayList<>();
    /** Per rule, the key of every row. */
    private final List<List<Object>> keys = new ArrayList<>();
    private final List<String[]> rows;
    private final List<Double> heights;
    private final List<boolean[]> showsLabel;
    /** Per row: null for a row of its own, else per column whether its text follows the row above's after a line break. */
    private final List<boolean[]> continuation;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Integer> pageEnds = new ArrayList<>();
    /** Per row (cut rows included) its page group, or null for none. */
    private final List<Object> pageGroups;
    /** Per row (cut rows included) the index of the row it was given as. */
    private final List<Integer> sources;

    /**
     * @param firstPageRoom height in points left for body rows on the first page
     * @param pageRoom      height in points for body rows on every further page
     */
    TablePlan(List<Column> columns, List<String[]> rows, List<MergeRule> rules, double fontPt,
              double firstPageRoom, double pageRoom) {
        this(columns, rows, rules, null, fontPt, firstPageRoom, pageRoom);
    }

    /**
     * @param pageGroups per row a key, or null: a row whose key differs from the row above's starts a new
     *                   page (each department's share printed on pages of its own, to be handed out)
     */
    TablePlan(List<Column> columns, List<String[]> rows, List<MergeRule> rules, Object[] pageGroups, double fontPt,
              double firstPageRoom, double pageRoom) {
        this.pageGroups = pageGroups == null ? null : new ArrayList<>(Arrays.asList(pageGroups));
        this.columns = List.copyOf(columns);
        this.fontPt = fontPt;
        this.merged = new boolean[columns.size()];
        for (MergeRule rule : rules) {
            ruleColumns.add(rule.columns().clone());
            keys.add(new ArrayList<>(Arrays.asList(rule.keys())));
            for (int c : rule.columns()) {
                merged[c] = true;
            }
        }
        int n = rows.size();
        this.rows = new ArrayList<>(n);
        this.heights = new ArrayList<>(n);
        this.showsLabel = new ArrayList<>(n);
        this.continuation = new ArrayList<>(n);
        this.sources = new ArrayList<>(n);
        for (String[] cells : rows) {
            sources.add(sources.size());
            String[] full = Arrays.copyOf(cells, columns.size());
            this.rows.add(full);
            heights.add(ownHeight(full));
            showsLabel.add(unmergedFlags());
            continuation.add(null);
        }
        paginate(firstPageRoom, pageRoom);
    }

    int rowCount() {
        return rows.size();
    }

    List<Column> columns() {
        return columns;
    }

    String text(int row, int column) {
        String[] cells = rows.get(row);
        return column < cells.length && cells[column] != null ? cells[column] : "";
    }

    /** Whether this cell prints its text (in a merge only the first row of each segment does). */
    boolean showsText(int row, int column) {
        return showsLabel.get(row)[column];
    }

    double height(int row) {
        return heights.get(row);
    }

    /** The row as given (before long rows were cut over several) that this row shows part of. */
    int sourceRow(int row) {
        return sources.get(row);
    }

    /**
     * Whether this row carries on the row above: a row too tall for a page is cut into several, its
     * unmerged texts continuing from one to the next and its merged cells merged over all of them.
     */
    boolean continuesAbove(int row) {
        return continuation.get(row) != null;
    }

    /** For a row that continues the one above: whether this column's text follows the above's after a line break. */
    boolean afterLineBreak(int row, int column) {
        return continuation.get(row)[column];
    }

    List<Segment> merges() {
        return segments.stream().filter(s -> s.last() > s.first()).toList();
    }

    /** Rows (indexes into this table) after which a printed page ends. */
    List<Integer> pageEnds() {
        return pageEnds;
    }

    int pageCount() {
        return rows.isEmpty() ? 1 : pageEnds.size() + 1;
    }

    private boolean[] unmergedFlags() {
        boolean[] flags = new boolean[columns.size()];
        for (int c = 0; c < flags.length; c++) {
            flags[c] = !merged[c];
        }
        return flags;
    }

    /** The height the row's unmerged texts need (merged labels are fitted when their segment closes). */
    private double ownHeight(String[] cells) {
        double h = TextHeight.heightOf(1, fontPt);
        for (int c = 0; c < cells.length; c++) {
            if (!merged[c] && cells[c] != null) {
                h = Math.max(h, TextHeight.heightOf(cells[c], fontPt, columns.get(c).widthChars()));
            }
        }
        return h;
    }

    /** The height the row's unmerged texts need, uncapped: more than a row can have means the row is cut. */
    private double neededHeight(int r) {
        double h = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (!merged[c]) {
                h = Math.max(h, TextHeight.neededHeight(TextHeight.lines(text(r, c), fontPt, columns.get(c).widthChars()),
                        fontPt));
            }
        }
        return h;
    }

    private void paginate(double firstPageRoom, double pageRoom) {
        int k = ruleColumns.size();
        int[] segStart = new int[k];
        double[] segTop = new double[k];
        double[] labelHeight = new double[k];
        // A row taller than this fits no page (nor a spreadsheet's highest row) and is cut.
        double tallest = Math.min(TextHeight.MAX_ROW_PT, pageRoom);
        double room = firstPageRoom;
        double bottom = 0;
        int pageStart = 0;
        for (int r = 0; r < rows.size(); r++) {
            while (true) {
                int changed = r == pageStart ? 0 : firstChangedRule(r);
                if (r > pageStart) {
                    bottom = closeSegments(changed, k, r - 1, segStart, segTop, labelHeight, bottom);
                }
                for (int i = changed; i < k; i++) {
                    segStart[i] = r;
                    segTop[i] = bottom;
                    labelHeight[i] = labelHeight(i, r);
                }
                String[] whole = rows.get(r);
                boolean cut = heights.get(r) >= tallest && neededHeight(r) > tallest
                        && cutRow(r, Math.min(room - bottom, TextHeight.MAX_ROW_PT));
                double need = bottom + heights.get(r);
                for (int i = 0; i < k; i++) {
                    need = Math.max(need, segTop[i] + labelHeight[i]);
                }
                if ((need <= room && !startsPageGroup(r)) || r == pageStart) {
                    bottom += heights.get(r);
                    break;
                }
                if (cut) {
                    uncut(r, whole);
                }
                // Row r goes to the next page: the segments still open end at r - 1 on this one.
                closeSegments(0, changed, r - 1, segStart, segTop, labelHeight, bottom);
                pageEnds.add(r - 1);
                pageStart = r;
                bottom = 0;
                room = pageRoom;
            }
        }
        if (!rows.isEmpty()) {
            closeSegments(0, k, rows.size() - 1, segStart, segTop, labelHeight, bottom);
        }
    }

    /** Whether row r (of the rows as cut so far) begins a new page group. */
    private boolean startsPageGroup(int r) {
        return pageGroups != null && r > 0 && !Objects.equals(pageGroups.get(r), pageGroups.get(r - 1));
    }

    /**
     * Cuts row r so that it takes at most {@code room} points: its unmerged texts are cut where that many
     * lines end and go on in a new row below, with the same keys, so its merged cells span both.
     *
     * @return false, changing nothing, when the room holds fewer than {@link #MIN_PIECE_LINES} lines
     */
    private boolean cutRow(int r, double room) {
        int maxLines = (int) Math.floor((room - TextHeight.PADDING_PT) / (fontPt * TextHeight.LINE));
        if (maxLines < MIN_PIECE_LINES) {
            return false;
        }
        String[] cells = rows.get(r);
        String[] head = cells.clone();
        String[] tail = cells.clone();
        boolean[] lineBreaks = new boolean[cells.length];
        boolean any = false;
        for (int c = 0; c < cells.length; c++) {
            if (merged[c]) {
                continue;
            }
            Optional<TextHeight.Cut> cut = TextHeight.cut(text(r, c), fontPt, columns.get(c).widthChars(), maxLines);
            if (cut.isPresent()) {
                head[c] = cut.get().head();
                tail[c] = cut.get().tail();
                lineBreaks[c] = cut.get().atLineBreak();
                any = true;
            } else {
                tail[c] = "";
            }
        }
        if (!any) {
            return false;
        }
        rows.set(r, head);
        heights.set(r, ownHeight(head));
        rows.add(r + 1, tail);
        heights.add(r + 1, ownHeight(tail));
        showsLabel.add(r + 1, unmergedFlags());
        continuation.add(r + 1, lineBreaks);
        for (List<Object> ruleKeys : keys) {
            ruleKeys.add(r + 1, ruleKeys.get(r));
        }
        if (pageGroups != null) {
            pageGroups.add(r + 1, pageGroups.get(r));
        }
        sources.add(r + 1, sources.get(r));
        return true;
    }

    /** Undoes {@link #cutRow}: the row is whole again. */
    private void uncut(int r, String[] whole) {
        rows.set(r, whole);
        heights.set(r, ownHeight(whole));
        rows.remove(r + 1);
        heights.remove(r + 1);
        showsLabel.remove(r + 1);
        continuation.remove(r + 1);
        for (List<Object> ruleKeys : keys) {
            ruleKeys.remove(r + 1);
        }
        if (pageGroups != null) {
            pageGroups.remove(r + 1);
        }
        sources.remove(r + 1);
    }

    /** The outermost rule whose key changes at row r ({@code rules.size()} when none does). */
    private int firstChangedRule(int r) {
        for (int i = 0; i < keys.size(); i++) {
            if (!Objects.equals(keys.get(i).get(r), keys.get(i).get(r - 1))) {
                return i;
            }
        }
        return keys.size();
    }

    /**
     * Ends the segments of rules {@code from} to {@code to} (exclusive) at row {@code last}: records them,
     * marks their label cells, and grows their last row when a label needs more height than its rows have.
     */
    private double closeSegments(int from, int to, int last, int[] segStart,
                                 double[] segTop, double[] labelHeight, double bottom) {
        double deficit = 0;
        for (int i = from; i < to; i++) {
            deficit = Math.max(deficit, segTop[i] + labelHeight[i] - bottom);
            for (int c : ruleColumns.get(i)) {
                segments.add(new Segment(c, segStart[i], last));
                showsLabel.get(segStart[i])[c] = true;
            }
        }
        if (deficit > 0) {
            double grown = Math.min(TextHeight.MAX_ROW_PT, heights.get(last) + deficit);
            bottom += grown - heights.get(last);
            heights.set(last, grown);
        }
        return bottom;
    }

    private double labelHeight(int rule, int row) {
        double h = 0;
        for (int c : ruleColumns.get(rule)) {
            h = Math.max(h, TextHeight.heightOf(text(row, c), fontPt, columns.get(c).widthChars()));
        }
        return h;
    }

    @Override
    public String toString() {
        return "TablePlan[rows=" + rows.size() + ", pages=" + pageCount() + ", heights="
                + heights.subList(0, Math.min(5, heights.size())) + "...]";
    }
}
