package org.tianbao.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

    private final List<Column> columns;
    private final List<String[]> rows;
    private final double[] heights;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Integer> pageEnds = new ArrayList<>();
    private final boolean[][] showsLabel;

    /**
     * @param firstPageRoom height in points left for body rows on the first page
     * @param pageRoom      height in points for body rows on every further page
     */
    TablePlan(List<Column> columns, List<String[]> rows, List<MergeRule> rules, double fontPt,
              double firstPageRoom, double pageRoom) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        int n = rows.size();
        this.heights = new double[n];
        this.showsLabel = new boolean[n][columns.size()];
        boolean[] merged = new boolean[columns.size()];
        for (MergeRule rule : rules) {
            for (int c : rule.columns()) {
                merged[c] = true;
            }
        }
        for (int r = 0; r < n; r++) {
            String[] cells = rows.get(r);
            double h = TextHeight.heightOf(1, fontPt);
            for (int c = 0; c < cells.length; c++) {
                if (!merged[c]) {
                    h = Math.max(h, TextHeight.heightOf(cells[c], fontPt, columns.get(c).widthChars()));
                }
                showsLabel[r][c] = !merged[c];
            }
            heights[r] = h;
        }
        paginate(rules, fontPt, firstPageRoom, pageRoom);
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
        return showsLabel[row][column];
    }

    double height(int row) {
        return heights[row];
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

    private void paginate(List<MergeRule> rules, double fontPt, double firstPageRoom, double pageRoom) {
        int n = rows.size();
        int k = rules.size();
        int[] segStart = new int[k];
        double[] segTop = new double[k];
        double[] labelHeight = new double[k];
        double room = firstPageRoom;
        double bottom = 0;
        int pageStart = 0;
        for (int r = 0; r < n; r++) {
            while (true) {
                int changed = r == pageStart ? 0 : firstChangedRule(rules, r);
                if (r > pageStart) {
                    bottom = closeSegments(rules, changed, k, r - 1, segStart, segTop, labelHeight, bottom);
                }
                for (int i = changed; i < k; i++) {
                    segStart[i] = r;
                    segTop[i] = bottom;
                    labelHeight[i] = labelHeight(rules.get(i), r, fontPt);
                }
                double need = bottom + heights[r];
                for (int i = 0; i < k; i++) {
                    need = Math.max(need, segTop[i] + labelHeight[i]);
                }
                if (need <= room || r == pageStart) {
                    bottom += heights[r];
                    break;
                }
                // Row r goes to the next page: the segments still open end at r - 1 on this one.
                closeSegments(rules, 0, changed, r - 1, segStart, segTop, labelHeight, bottom);
                pageEnds.add(r - 1);
                pageStart = r;
                bottom = 0;
                room = pageRoom;
            }
        }
        if (n > 0) {
            closeSegments(rules, 0, k, n - 1, segStart, segTop, labelHeight, bottom);
        }
    }

    /** The outermost rule whose key changes at row r ({@code rules.size()} when none does). */
    private static int firstChangedRule(List<MergeRule> rules, int r) {
        for (int i = 0; i < rules.size(); i++) {
            if (!Objects.equals(rules.get(i).keys()[r], rules.get(i).keys()[r - 1])) {
                return i;
            }
        }
        return rules.size();
    }

    /**
     * Ends the segments of rules {@code from} to {@code to} (exclusive) at row {@code last}: records them,
     * marks their label cells, and grows their last row when a label needs more height than its rows have.
     */
    private double closeSegments(List<MergeRule> rules, int from, int to, int last, int[] segStart,
                                 double[] segTop, double[] labelHeight, double bottom) {
        double deficit = 0;
        for (int i = from; i < to; i++) {
            deficit = Math.max(deficit, segTop[i] + labelHeight[i] - bottom);
            for (int c : rules.get(i).columns()) {
                segments.add(new Segment(c, segStart[i], last));
                showsLabel[segStart[i]][c] = true;
            }
        }
        if (deficit > 0) {
            double grown = Math.min(TextHeight.MAX_ROW_PT, heights[last] + deficit);
            bottom += grown - heights[last];
            heights[last] = grown;
        }
        return bottom;
    }

    private double labelHeight(MergeRule rule, int row, double fontPt) {
        double h = 0;
        for (int c : rule.columns()) {
            h = Math.max(h, TextHeight.heightOf(text(row, c), fontPt, columns.get(c).widthChars()));
        }
        return h;
    }

    @Override
    public String toString() {
        return "TablePlan[rows=" + rows.size() + ", pages=" + pageCount() + ", heights="
                + Arrays.toString(Arrays.copyOf(heights, Math.min(5, heights.length))) + "...]";
    }
}
