package org.tianbao.excel;

import java.util.function.BiPredicate;

/**
 * Cells a table prints in red (修改处标红: what changed since the unit's last export) and the note that says
 * what red means, printed above the table. {@link #NONE} marks nothing.
 *
 * @param cells by body row (the table's own rows, before long ones are cut over several) and column
 * @param note  the note, empty with no marks
 */
record RedMarks(BiPredicate<Integer, Integer> cells, String note) {

    static final RedMarks NONE = new RedMarks((row, column) -> false, "");

    boolean marks(int bodyRow, int column) {
        return cells.test(bodyRow, column);
    }
}
