package org.tianbao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/** The unit's filled form in the database: entries, the unit's own rows, and the unit's details. */
public final class FormStore {

    private final Database db;
    private final FormDefinition form;

    public FormStore(Database db, FormDefinition form) {
        this.db = db;
        this.form = form;
    }

    public FormDefinition definition() {
        return form;
    }

    /** The whole filled form, in print order. */
    public FilledForm load() {
        return db.read(c -> {
            UnitInfo unit = readUnit(c);
            List<WorkItem> local = readLocalItems(c);
            Map<String, String> measures = readMeasures(c);
            Map<String, List<String>> departments = readDepartments(c);
            List<Entry> official = new ArrayList<>();
            for (WorkItem item : form.officialItems()) {
                official.add(entryOf(item, measures, departments));
            }
            List<Entry> own = new ArrayList<>();
            for (WorkItem item : local) {
                own.add(entryOf(item, measures, departments));
            }
            return new FilledForm(form, unit, FilledForm.inPrintOrder(form, official, own));
        });
    }

    private static Entry entryOf(WorkItem item, Map<String, String> measures, Map<String, List<String>> departments) {
        return new Entry(item, measures.getOrDefault(item.id(), ""), departments.getOrDefault(item.id(), List.of()));
    }

    public UnitInfo loadUnit() {
        return db.read(FormStore::readUnit);
    }

    public void saveUnit(UnitInfo unit) {
        db.write(c -> writeUnit(c, unit));
    }

    /** Saves what the unit wrote for a row, as one durable transaction. */
    public void saveEntry(String itemId, String measures, List<String> departments) {
        Entry entry = new Entry(requireItem(itemId), measures, departments);
        db.write(c -> {
            requireExists(c, itemId);
            writeEntry(c, entry);
            return null;
        });
    }

    /**
     * Saves rows changed together (查找和替换: measures, departments, own rows' names) and, when given, the
     * department dictionary, as one transaction: all of them or none.
     */
    public void saveTogether(List<Entry> entries, List<String> dictionary) {
        saveTogether(entries, dictionary, Map.of());
    }

    /**
     * The same, with settings that change with them (the 部门对应表 follows the dictionary when department
     * names are renamed for the unit's level).
     */
    public void saveTogether(List<Entry> entries, List<String> dictionary, Map<String, String> settings) {
        db.write(c -> {
            for (Entry entry : entries) {
                String itemId = entry.item().id();
                requireExists(c, itemId);
                if (entry.item().isLocal()) {
                    Database.update(c, "UPDATE local_item SET text = ? WHERE form_id = ? AND item_id = ?",
                            requireText(entry.item().text()), form.id(), itemId);
                }
                writeEntry(c, entry);
            }
            if (dictionary != null) {
                DepartmentDictionary.replaceAll(c, dictionary);
            }
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Settings.put(c, setting.getKey(), setting.getValue());
            }
            return null;
        });
    }

    /** Adds a row of the unit's own at the end of a key area (after its 其他 row). */
    public WorkItem addLocalItem(int areaNumber, String text) {
        WorkItem item = WorkItem.newLocal(areaNumber, requireText(text));
        addLocalItem(item);
        return item;
    }

    /** Stores a row of the unit's own created by the caller (the window creates it before it is saved). */
    public void addLocalItem(WorkItem item) {
        if (!item.isLocal()) {
            throw new IllegalArgumentException("not a local item: " + item.id());
        }
        form.area(item.areaNumber());
        String text = requireText(item.text());
        db.write(c -> {
            int position = nextPosition(c, item.areaNumber());
            Database.update(c, "INSERT INTO local_item (form_id, item_id, area_no, text, position) VALUES (?,?,?,?,?)",
                    form.id(), item.id(), item.areaNumber(), text, position);
            return null;
        });
    }

    public void renameLocalItem(String itemId, String text) {
        String cleaned = requireText(text);
        db.write(c -> {
            requireLocal(c, itemId);
            Database.update(c, "UPDATE local_item SET text = ? WHERE form_id = ? AND item_id = ?",
                    cleaned, form.id(), itemId);
            return null;
        });
    }

    /** Moves one of the unit's own rows up (negative) or down (positive) among its area's own rows. */
    public void moveLocalItem(String itemId, int delta) {
        db.write(c -> {
            WorkItem item = requireLocal(c, itemId);
            List<WorkItem> siblings = new ArrayList<>(readLocalItems(c).stream()
                    .filter(i -> i.areaNumber() == item.areaNumber()).toList());
            int from = indexOf(siblings, itemId);
            int to = Math.max(0, Math.min(siblings.size() - 1, from + delta));
            if (from != to) {
                siblings.add(to, siblings.remove(from));
                for (int i = 0; i < siblings.size(); i++) {
                    Database.update(c, "UPDATE local_item SET position = ? WHERE form_id = ? AND item_id = ?",
                            i, form.id(), siblings.get(i).id());
                }
            }
            return null;
        });
    }

    /** Deletes one of the unit's own rows with what was written for it. Official rows cannot be deleted. */
    public void deleteLocalItem(String itemId) {
        db.write(c -> {
            requireLocal(c, itemId);
            deleteEntry(c, itemId);
            Database.update(c, "DELETE FROM local_item WHERE form_id = ? AND item_id = ?", form.id(), itemId);
            return null;
        });
    }

    /**
     * Replaces the whole form (unit, entries, own rows) in one transaction: used by import and restore.
     * Either everything is replaced or nothing changes.
     */
    public void replaceAll(FilledForm filled) {
        checkForm(filled);
        db.write(c -> {
            replaceAll(c, filled);
            return null;
        });
    }

    private void checkForm(FilledForm filled) {
        if (!filled.definition().id().equals(form.id())) {
            throw new IllegalArgumentException("form " + filled.definition().id() + " is not " + form.id());
        }
    }

    /** Replaces the form inside the caller's transaction (see {@link Workspace#restore}). */
    void replaceAll(Connection c, FilledForm filled) throws SQLException {
        checkForm(filled);
        Database.update(c, "DELETE FROM entry_department WHERE form_id = ?", form.id());
        Database.update(c, "DELETE FROM entry WHERE form_id = ?", form.id());
        Database.update(c, "DELETE FROM local_item WHERE form_id = ?", form.id());
        writeUnit(c, filled.unit());
        Map<Integer, Integer> positions = new HashMap<>();
        for (Entry entry : filled.entries()) {
            WorkItem item = entry.item();
            if (item.isLocal()) {
                int position = positions.merge(item.areaNumber(), 1, Integer::sum) - 1;
                Database.update(c, "INSERT INTO local_item (form_id, item_id, area_no, text, position) "
                        + "VALUES (?,?,?,?,?)", form.id(), item.id(), item.areaNumber(), item.text(), position);
            } else if (form.officialItem(item.id()).isEmpty()) {
                throw new IllegalArgumentException("unknown official item " + item.id());
            }
            if (!entry.isBlank()) {
                writeEntry(c, entry);
            }
        }
    }

    private WorkItem requireItem(String itemId) {
        return form.officialItem(itemId).orElseGet(() -> db.read(c -> requireLocal(c, itemId)));
    }

    private void requireExists(Connection c, String itemId) throws SQLException {
        if (form.officialItem(itemId).isEmpty()) {
            requireLocal(c, itemId);
        }
    }

    private WorkItem requireLocal(Connection c, String itemId) throws SQLException {
        if (form.officialItem(itemId).isPresent()) {
            throw new IllegalArgumentException("official item " + itemId + " cannot be renamed, moved or deleted");
        }
        return readLocalItems(c).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
    }

    private static String requireText(String text) {
        String cleaned = TextNormalizer.clean(text);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("a work item needs a text");
        }
        return cleaned;
    }

    private static int indexOf(List<WorkItem> items, String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    private int nextPosition(Connection c, int areaNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM local_item WHERE form_id = ? AND area_no = ?")) {
            ps.setString(1, form.id());
            ps.setInt(2, areaNumber);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void writeEntry(Connection c, Entry entry) throws SQLException {
        String itemId = entry.item().id();
        deleteEntry(c, itemId);
        Database.update(c, "INSERT INTO entry (form_id, item_id, measures, updated_at) VALUES (?,?,?,?)",
                form.id(), itemId, entry.measures(), OffsetDateTime.now());
        List<String> departments = entry.departments();
        for (int i = 0; i < departments.size(); i++) {
            Database.update(c, "INSERT INTO entry_department (form_id, item_id, position, name) VALUES (?,?,?,?)",
                    form.id(), itemId, i, departments.get(i));
        }
    }

    private void deleteEntry(Connection c, String itemId) throws SQLException {
        Database.update(c, "DELETE FROM entry_department WHERE form_id = ? AND item_id = ?", form.id(), itemId);
        Database.update(c, "DELETE FROM entry WHERE form_id = ? AND item_id = ?", form.id(), itemId);
    }

    private static UnitInfo readUnit(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT unit_name, reporter, phone FROM unit_info WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3)) : UnitInfo.EMPTY;
        }
    }

    private static Void writeUnit(Connection c, UnitInfo unit) throws SQLException {
        Database.update(c, "MERGE INTO unit_info (id, unit_name, reporter, phone) KEY (id) VALUES (1, ?, ?, ?)",
                unit.unitName(), unit.reporter(), unit.phone());
        return null;
    }

    private List<WorkItem> readLocalItems(Connection c) throws SQLException {
        List<WorkItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, area_no, text FROM local_item "
                + "WHERE form_id = ? ORDER BY area_no, position, item_id")) {
            ps.setString(1, form.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new WorkItem(rs.getString(1), rs.getInt(2), rs.getString(3), WorkItem.Kind.LOCAL));
                }
            }
        }
        return items;
    }

    private Map<String, String> readMeasures(Connection c) throws SQLException {
        Map<String, String> measures = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, measures FROM entry WHERE form_id = ?")) {
            ps.setString(1, form.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measures.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return measures;
    }

    private Map<String, List<String>> readDepartments(Connection c) throws SQLException {
        Map<String, List<String>> departments = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, name FROM entry_department "
                + "WHERE form_id = ? ORDER BY item_id, position")) {
            ps.setString(1, form.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    departments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return departments;
    }

    /** The key areas of the form, for callers that only hold the store. */
    public List<KeyArea> areas() {
        return form.areas();
    }
}
