package org.tianbao.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tianbao.model.FilledForm;

/**
 * Everything a data folder holds, taken in one read: the filled form (unit, entries, the unit's own rows
 * with their ids), the department dictionary and the settings. What a backup contains and a restore
 * puts back.
 */
public record Snapshot(Instant takenAt, FilledForm form, List<String> departments, Map<String, String> settings) {

    public Snapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(form, "form");
        departments = List.copyOf(departments);
        settings = Map.copyOf(settings);
    }
}
