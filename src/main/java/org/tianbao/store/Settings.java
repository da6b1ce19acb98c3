package org.tianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Small named preferences kept in the database (text size, export fonts, export counters). */
public final class Settings {

    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public int getInt(String name, int fallback) {
        return get(name).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** Every setting, for backups. */
    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> all = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM setting");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
            return all;
        });
    }

    /** Replaces every setting (a restore), inside the caller's transaction. */
    static void replaceAll(java.sql.Connection c, Map<String, String> settings) throws java.sql.SQLException {
        Database.update(c, "DELETE FROM setting");
        for (Map.Entry<String, String> e : settings.entrySet()) {
            Database.update(c, "INSERT INTO setting (name, setting_value) VALUES (?, ?)", e.getKey(), e.getValue());
        }
    }

    public void put(String name, String value) {
        db.write(c -> put(c, name, value));
    }

    /** Sets one setting inside the caller's transaction. */
    static int put(java.sql.Connection c, String name, String value) throws java.sql.SQLException {
        return Database.update(c, "MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)", name, value);
    }

    public void remove(String name) {
        db.write(c -> Database.update(c, "DELETE FROM setting WHERE name = ?", name));
    }

    /** Increments a counter and returns its new value, atomically. */
    public long increment(String name) {
        return db.write(c -> {
            long next;
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ? FOR UPDATE")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    next = rs.next() ? Long.parseLong(rs.getString(1).trim()) + 1 : 1;
                }
            }
            Database.update(c, "MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)", name, Long.toString(next));
            return next;
        });
    }
}
