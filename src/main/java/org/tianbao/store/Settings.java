package org.tianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

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

    public void put(String name, String value) {
        db.write(c -> Database.update(c, "MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)", name, value));
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
