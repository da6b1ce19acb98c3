package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.WorkItem;

/**
 * A whole form kept row by row as it was at some moment (an export, another unit's return): each row
 * with its number, area, text, measures and departments, so that the rows read back are those of that
 * moment whatever the unit's own form has become since. Tables of this shape have the columns form_id,
 * a key column naming the kept form, item_id, position, area_no, local_row, item_text, measures and
 * departments (one per line, the leading one first).
 */
final class FormRows {

    private final String table;
    private final String keyColumn;
    private final FormDefinition definition;

    /** Table and column names are the store's own constants, never the user's text. */
    FormRows(String table, String keyColumn, FormDefinition definition) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.definition = definition;
    }

    /** Writes a form's rows under a key, inside the caller's transaction. */
    void insert(Connection c, int key, List<Entry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (form_id, " + keyColumn
                + ", item_id, position, area_no, local_row, item_text, measures, departments) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Entry e : entries) {
                ps.setString(1, definition.id());
                ps.setInt(2, key);
                ps.setString(3, e.item().id());
                ps.setInt(4, position++);
                ps.setInt(5, e.item().areaNumber());
                ps.setBoolean(6, e.item().isLocal());
                ps.setString(7, e.item().text());
                ps.setString(8, e.measures());
                ps.setString(9, String.join("\n", e.departments()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The rows kept under a key, in print order, with every official row of the current form (blank where
     * none was kept); a row of an earlier version of the form that this one no longer has is left out.
     */
    List<Entry> read(Connection c, int key) throws SQLException {
        List<Entry> official = new ArrayList<>();
        List<Entry> own = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, area_no, local_row, item_text, measures, "
                + "departments FROM " + table + " WHERE form_id = ? AND " + keyColumn + " = ? ORDER BY position")) {
            ps.setString(1, definition.id());
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String departments = rs.getString(6);
                    List<String> names = departments.isEmpty() ? List.of() : Arrays.asList(departments.split("\n"));
                    if (rs.getBoolean(3)) {
                        WorkItem item = new WorkItem(rs.getString(1), rs.getInt(2), rs.getString(4), WorkItem.Kind.LOCAL);
                        own.add(new Entry(item, rs.getString(5), names));
                    } else {
                        String measures = rs.getString(5);
                        definition.officialItem(rs.getString(1))
                                .ifPresent(item -> official.add(new Entry(item, measures, names)));
                    }
                }
            }
        }
        List<Entry> complete = new ArrayList<>();
        for (WorkItem item : definition.officialItems()) {
            complete.add(official.stream().filter(e -> e.item().id().equals(item.id())).findFirst()
                    .orElse(Entry.blank(item)));
        }
        return FilledForm.inPrintOrder(definition, complete, own);
    }
}
