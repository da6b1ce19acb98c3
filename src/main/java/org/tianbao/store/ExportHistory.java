package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/**
 * The versions of the form the unit exported, row by row: the last one, and the one before that differs
 * from it. What changed is marked against the last version, or, when the form is still as last exported
 * (the corrected version exported again, as a Word document after the workbook), against the one before.
 */
public final class ExportHistory {

    /** An exported version: its unit, its number among the unit's exports, when, and the form as exported. */
    public record Version(String unitName, long sequence, OffsetDateTime exportedAt, FilledForm form) {
    }

    private static final int LAST = 0;
    private static final int BEFORE = 1;

    private final Database db;
    private final FormDefinition definition;

    ExportHistory(Database db, FormDefinition definition) {
        this.db = db;
        this.definition = definition;
    }

    /**
     * Keeps what was just exported, in one transaction: the same content again only renews the last
     * version's number and time; other content becomes the last version and the last one the one before.
     */
    public void remember(FilledForm exported, long sequence, OffsetDateTime exportedAt) {
        db.write(c -> {
            Optional<Version> last = read(c, LAST);
            if (last.isPresent() && RevisionMarks.between(last.get().form(), exported).isEmpty()) {
                Database.update(c, "UPDATE exported_version SET unit_name = ?, sequence = ?, exported_at = ? "
                        + "WHERE form_id = ? AND slot = ?", exported.unit().unitName(), sequence, exportedAt,
                        definition.id(), LAST);
                return null;
            }
            for (String table : List.of("exported_row", "exported_version")) {
                Database.update(c, "DELETE FROM " + table + " WHERE form_id = ? AND slot = ?", definition.id(), BEFORE);
                Database.update(c, "UPDATE " + table + " SET slot = ? WHERE form_id = ? AND slot = ?",
                        BEFORE, definition.id(), LAST);
            }
            Database.update(c, "INSERT INTO exported_version (form_id, slot, unit_name, sequence, exported_at) "
                    + "VALUES (?,?,?,?,?)", definition.id(), LAST, exported.unit().unitName(), sequence, exportedAt);
            int position = 0;
            for (Entry e : exported.entries()) {
                Database.update(c, "INSERT INTO exported_row (form_id, slot, item_id, position, area_no, local_row, "
                                + "item_text, measures, departments) VALUES (?,?,?,?,?,?,?,?,?)",
                        definition.id(), LAST, e.item().id(), position++, e.item().areaNumber(), e.item().isLocal(),
                        e.item().text(), e.measures(), String.join("\n", e.departments()));
            }
            return null;
        });
    }

    /** The version exported last, if the unit exported this form before. */
    public Optional<Version> last() {
        return db.read(c -> read(c, LAST));
    }

    /** Every version kept, the last one first: what the unit has given away as files. */
    public List<Version> kept() {
        return db.read(c -> {
            List<Version> versions = new ArrayList<>();
            read(c, LAST).ifPresent(versions::add);
            read(c, BEFORE).ifPresent(versions::add);
            return versions;
        });
    }

    /**
     * The version to mark changes against: the last one, or the one before it when the form is still as
     * last exported; empty when there is none.
     */
    public Optional<Version> baselineFor(FilledForm now) {
        return db.read(c -> {
            Optional<Version> last = read(c, LAST);
            if (last.isPresent() && RevisionMarks.between(last.get().form(), now).isEmpty()) {
                Optional<Version> before = read(c, BEFORE);
                return before.isPresent() ? before : last;
            }
            return last;
        });
    }

    private Optional<Version> read(Connection c, int slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT unit_name, sequence, exported_at FROM exported_version WHERE form_id = ? AND slot = ?")) {
            ps.setString(1, definition.id());
            ps.setInt(2, slot);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String unit = rs.getString(1);
                return Optional.of(new Version(unit, rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        new FilledForm(definition, new UnitInfo(unit, "", ""), rows(c, slot))));
            }
        }
    }

    private List<Entry> rows(Connection c, int slot) throws SQLException {
        List<Entry> official = new ArrayList<>();
        List<Entry> own = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, area_no, local_row, item_text, measures, "
                + "departments FROM exported_row WHERE form_id = ? AND slot = ? ORDER BY position")) {
            ps.setString(1, definition.id());
            ps.setInt(2, slot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String departments = rs.getString(6);
                    List<String> names = departments.isEmpty() ? List.of() : Arrays.asList(departments.split("\n"));
                    if (rs.getBoolean(3)) {
                        WorkItem item = new WorkItem(rs.getString(1), rs.getInt(2), rs.getString(4), WorkItem.Kind.LOCAL);
                        own.add(new Entry(item, rs.getString(5), names));
                    } else {
                        // A row of an earlier version of the form that this one no longer has is left out.
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
