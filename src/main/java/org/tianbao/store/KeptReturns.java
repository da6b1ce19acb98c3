package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.UnitInfo;

/**
 * The returns of the units below, kept from a 汇总 so that this unit's own form can be written with what
 * each of them wrote in view. A new set replaces the old one whole; the unit's own form is never touched.
 */
public final class KeptReturns {

    /** One unit's return as kept: the file it came from (its name only) and the form as read. */
    public record KeptReturn(String fileName, FilledForm form) {

        /** The unit's name, or the file's name when the return named no unit. */
        public String unitName() {
            String name = form.unit().unitName();
            return name.isBlank() ? fileName : name;
        }
    }

    /** The set kept: when, and the returns in the 汇总's unit order (empty when none is kept). */
    public record Kept(OffsetDateTime keptAt, List<KeptReturn> returns) {

        public static final Kept NONE = new Kept(null, List.of());

        public Kept {
            returns = List.copyOf(returns);
        }

        public boolean isEmpty() {
            return returns.isEmpty();
        }

        public List<FilledForm> forms() {
            return returns.stream().map(KeptReturn::form).toList();
        }
    }

    private final Database db;
    private final FormDefinition definition;
    private final FormRows rows;

    KeptReturns(Database db, FormDefinition definition) {
        this.db = db;
        this.definition = definition;
        this.rows = new FormRows("kept_return_row", "unit_no", definition);
    }

    /** Replaces the kept set with these returns, in one transaction. */
    public void replace(List<KeptReturn> returns, OffsetDateTime keptAt) {
        db.write(c -> {
            deleteAll(c);
            int unitNo = 0;
            for (KeptReturn r : returns) {
                Database.update(c, "INSERT INTO kept_return (form_id, unit_no, unit_name, file_name, kept_at) "
                        + "VALUES (?,?,?,?,?)", definition.id(), unitNo, r.form().unit().unitName(), r.fileName(), keptAt);
                rows.insert(c, unitNo, r.form().entries());
                unitNo++;
            }
            return null;
        });
    }

    /** Forgets the kept returns. */
    public void clear() {
        db.write(c -> {
            deleteAll(c);
            return null;
        });
    }

    /** The kept set, or {@link Kept#NONE}. */
    public Kept load() {
        return db.read(c -> {
            List<KeptReturn> returns = new ArrayList<>();
            OffsetDateTime keptAt = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_no, unit_name, file_name, kept_at "
                    + "FROM kept_return WHERE form_id = ? ORDER BY unit_no")) {
                ps.setString(1, definition.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keptAt = rs.getObject(4, OffsetDateTime.class);
                        FilledForm form = new FilledForm(definition, new UnitInfo(rs.getString(2), "", ""),
                                rows.read(c, rs.getInt(1)));
                        returns.add(new KeptReturn(rs.getString(3), form));
                    }
                }
            }
            return returns.isEmpty() ? Kept.NONE : new Kept(keptAt, returns);
        });
    }

    private void deleteAll(Connection c) throws SQLException {
        Database.update(c, "DELETE FROM kept_return_row WHERE form_id = ?", definition.id());
        Database.update(c, "DELETE FROM kept_return WHERE form_id = ?", definition.id());
    }
}
