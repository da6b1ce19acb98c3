package org.tianbao.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tianbao.model.Entry;
import org.tianbao.model.FormDefinition;
import org.tianbao.model.KeyArea;
import org.tianbao.model.RetypedTexts;
import org.tianbao.model.WorkItem;

/**
 * The entries of one returned sheet, collected row by row: the attachment's items (matched by their text),
 * the unit's own rows, rows carrying on the row above, and what the officer should check about them.
 */
final class ReturnRows {

    /**
     * The entry read last, and where: the next row may carry its text on. {@code measures} is the text as
     * the cells hold it, before the entry trims it, so that a cut next to a space joins back exactly.
     */
    private record LastEntry(int row, KeyArea area, String itemText, Entry entry, String measures, int localIndex) {
    }

    private final FormDefinition form;
    private final SheetCuts cuts;
    private final List<String> notes;
    private final Map<String, Entry> official = new LinkedHashMap<>();
    private final List<Entry> local = new ArrayList<>();
    /** The sheet's row number (from 1) of each own row, for notes; -1 where the row had no 工作内容. */
    private final List<Integer> localRows = new ArrayList<>();
    private LastEntry last;

    ReturnRows(FormDefinition form, SheetCuts cuts, List<String> notes) {
        this.form = form;
        this.cuts = cuts;
        this.notes = notes;
    }

    /**
     * Adds row r (from 0) of the sheet: to the entry above when it carries that on, else as the attachment's
     * item of that text, else as one of the unit's own rows.
     */
    void add(int r, KeyArea area, String itemText, String measures, List<String> departments) {
        if (last != null && last.row() == r - 1 && last.area().equals(area)
                && cuts.carriesOn(last.row(), last.itemText(), last.measures(), r, itemText, measures)) {
            carryOn(r, measures, departments);
            return;
        }
        Optional<WorkItem> item = form.findOfficial(area.number(), itemText);
        if (item.isPresent()) {
            Entry entry = new Entry(item.get(), measures, departments);
            Entry before = official.putIfAbsent(item.get().id(), entry);
            if (before != null) {
                notes.add("第 " + (r + 1) + " 行重复了工作内容“" + AttachmentWriter.abbreviate(itemText)
                        + "”，已按第一次出现的一行读取。");
                if (before.isBlank()) {
                    official.put(item.get().id(), entry);
                }
            }
            last = official.get(item.get().id()) == entry ? new LastEntry(r, area, itemText, entry, measures, -1) : null;
            return;
        }
        String text = itemText;
        if (text.isEmpty()) {
            text = "本单位其他工作（第 " + (r + 1) + " 行）";
            notes.add("第 " + (r + 1) + " 行没有填写工作内容，已作为“" + text + "”读取。");
        }
        Entry entry = new Entry(WorkItem.newLocal(area.number(), text), measures, departments);
        local.add(entry);
        localRows.add(itemText.isEmpty() ? -1 : r + 1);
        last = new LastEntry(r, area, itemText, entry, measures, local.size() - 1);
    }

    private void carryOn(int r, String measures, List<String> departments) {
        Entry before = last.entry();
        String text = cuts.join(last.measures(), measures);
        List<String> all = new ArrayList<>(before.departments());
        departments.stream().filter(d -> !all.contains(d)).forEach(all::add);
        Entry joined = new Entry(before.item(), text, all);
        if (before.item().isLocal()) {
            local.set(last.localIndex(), joined);
        } else {
            official.put(before.item().id(), joined);
        }
        last = new LastEntry(r, last.area(), last.itemText(), joined, text, last.localIndex());
    }

    /**
     * After the last row: rows read as the unit's own whose 工作内容 is an official row retyped with small
     * differences, where the file lacks that official row, are read as that row after all. After the whole
     * sheet, so that an official row given exactly further down keeps its own row.
     */
    void claimRetypedRows() {
        for (int i = 0; i < local.size(); i++) {
            Entry own = local.get(i);
            int row = localRows.get(i);
            if (row < 0) {
                continue;
            }
            Optional<RetypedTexts.Match<WorkItem>> match = form.findRetyped(own.item().areaNumber(), own.item().text(),
                    item -> !official.containsKey(item.id()));
            if (match.isPresent()) {
                WorkItem item = match.get().value();
                official.put(item.id(), new Entry(item, own.measures(), own.departments()));
                if (match.get().wordsDiffer()) {
                    notes.add("第 " + row + " 行的工作内容“" + AttachmentWriter.abbreviate(own.item().text())
                            + "”与附件原文“" + AttachmentWriter.abbreviate(item.text()) + "”略有不同，已按附件的这一项读取。");
                }
                local.remove(i);
                localRows.remove(i);
                i--;
            }
        }
    }

    /** How many of the attachment's items the sheet gave. */
    int officialFound() {
        return official.size();
    }

    /** The attachment's items in the form's order, blank where the sheet lacked one. */
    List<Entry> officialEntries() {
        List<Entry> entries = new ArrayList<>();
        for (WorkItem item : form.officialItems()) {
            entries.add(official.getOrDefault(item.id(), Entry.blank(item)));
        }
        return entries;
    }

    /** The unit's own rows, in the sheet's order. */
    List<Entry> localEntries() {
        return local;
    }
}
