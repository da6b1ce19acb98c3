package org.tianbao.excel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.tianbao.model.TextNormalizer;

/**
 * Where a returned sheet shows that a row carries on the row above, as the export writes a text too long for
 * a page: the cuts the file records, the rows that begin a printed page, and the 工作内容 cells merged over
 * several rows.
 *
 * @param continuations the cuts recorded in the file's properties
 * @param pageTops      rows that begin a printed page after a manual page break
 * @param itemMergeTops for each row below the first of a merged 工作内容 cell: that cell's first row
 */
record SheetCuts(Continuations continuations, Set<Integer> pageTops, Map<Integer, Integer> itemMergeTops) {

    static SheetCuts of(Sheet sheet, int itemColumn, Continuations continuations) {
        Set<Integer> tops = new HashSet<>();
        for (int end : sheet.getRowBreaks()) {
            tops.add(end + 1);
        }
        Map<Integer, Integer> mergeTops = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstColumn() <= itemColumn && itemColumn <= region.getLastColumn()) {
                for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(), AttachmentReader.MAX_ROWS + 1); r++) {
                    mergeTops.put(r, region.getFirstRow());
                }
            }
        }
        return new SheetCuts(continuations, tops, mergeTops);
    }

    /**
     * Whether row r carries on the entry read from row {@code lastRow}: its 工作内容 cell merged with the one
     * above, or, at the top of a page, the same 工作内容 repeated where the file records the cut (or a page
     * break precedes it).
     */
    boolean carriesOn(int lastRow, String lastItemText, String lastMeasures, int r, String itemText, String measures) {
        if (itemText.isEmpty()) {
            Integer top = itemMergeTops.get(r);
            return top != null && top <= lastRow || continuations.knows(lastMeasures, measures);
        }
        return TextNormalizer.forMatching(itemText).equals(TextNormalizer.forMatching(lastItemText))
                && (pageTops.contains(r) || continuations.knows(lastMeasures, measures));
    }

    /** The measures of a row carried on, joined to those above as the cut stood. */
    String join(String above, String below) {
        return continuations.join(above, below);
    }
}
