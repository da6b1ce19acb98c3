package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UnitInfo;

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
    private final FormRows rows;

    ExportHistory(Database db, FormDefinition definition) {
        this.db = db;
        this.definition = definition;
        this.rows = new FormRows("exported_row", "slot", definition);
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
            rows.insert(c, LAST, exported.entries());
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
                        new FilledForm(definition, new UnitInfo(unit, "", ""), rows.read(c, slot))));
            }
        }
    }
}
