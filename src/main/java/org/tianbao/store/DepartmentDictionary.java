package org.tianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.Departments;

/**
 * The dictionary of department names the 责任部门 editor offers, in the officer's order. Starts with the
 * default county departments (migration V2); names typed in the editor join it.
 */
public final class DepartmentDictionary {

    private final Database db;

    public DepartmentDictionary(Database db) {
        this.db = db;
    }

    public List<String> names() {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM department ORDER BY position, name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /** Adds the names not yet known, at the end, in the given order. Returns whether any was new. */
    public boolean addAll(List<String> candidates) {
        return db.write(c -> addAll(c, candidates));
    }

    /** Adds the names not yet known inside the caller's transaction. */
    static boolean addAll(java.sql.Connection c, List<String> candidates) throws java.sql.SQLException {
        List<String> wanted = Departments.normalize(candidates);
        if (wanted.isEmpty()) {
            return false;
        }
        List<String> known = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM department");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getString(1));
            }
        }
        List<String> fresh = wanted.stream().filter(n -> !known.contains(n)).toList();
        int position = known.size();
        for (String name : fresh) {
            Database.update(c, "INSERT INTO department (name, position) VALUES (?, ?)", name, position++);
        }
        return !fresh.isEmpty();
    }

    /** Replaces the dictionary with the given names in the given order (the dictionary editor's save). */
    public void replace(List<String> names) {
        db.write(c -> {
            replaceAll(c, names);
            return null;
        });
    }

    /** Replaces the dictionary inside the caller's transaction. */
    static void replaceAll(java.sql.Connection c, List<String> names) throws java.sql.SQLException {
        List<String> cleaned = Departments.normalize(names);
        Database.update(c, "DELETE FROM department");
        for (int i = 0; i < cleaned.size(); i++) {
            Database.update(c, "INSERT INTO department (name, position) VALUES (?, ?)", cleaned.get(i), i);
        }
    }
}
