package org.tianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.refs.DepartmentMapping;

/**
 * The mapping from the plans' bodies to county departments, as the officer edited it; the built-in
 * default until the officer saves one.
 */
public final class DepartmentMappingStore {

    private static final String CUSTOM = "refs.mapping.custom";

    private final Database db;

    public DepartmentMappingStore(Database db) {
        this.db = db;
    }

    public DepartmentMapping load() {
        return db.read(c -> {
            try (PreparedStatement custom = c.prepareStatement("SELECT COUNT(*) FROM setting WHERE name = ?")) {
                custom.setString(1, CUSTOM);
                try (ResultSet rs = custom.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return DepartmentMapping.defaults();
                    }
                }
            }
            List<DepartmentMapping.Rule> rules = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT keyword, department FROM department_mapping ORDER BY position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(new DepartmentMapping.Rule(rs.getString(1), rs.getString(2)));
                }
            }
            return new DepartmentMapping(rules);
        });
    }

    /** Keeps the officer's mapping, replacing the one before, in one transaction. */
    public void save(DepartmentMapping mapping) {
        db.write(c -> {
            Database.update(c, "DELETE FROM department_mapping");
            List<DepartmentMapping.Rule> rules = mapping.rules();
            for (int i = 0; i < rules.size(); i++) {
                Database.update(c, "INSERT INTO department_mapping (position, keyword, department) VALUES (?, ?, ?)",
                        i, rules.get(i).keyword(), rules.get(i).department());
            }
            Database.update(c, "MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, 'true')", CUSTOM);
            return null;
        });
    }

    /** Goes back to the built-in default. */
    public void reset() {
        db.write(c -> {
            Database.update(c, "DELETE FROM department_mapping");
            Database.update(c, "DELETE FROM setting WHERE name = ?", CUSTOM);
            return null;
        });
    }
}
