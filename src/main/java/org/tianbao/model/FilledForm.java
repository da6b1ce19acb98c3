package org.tianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One reporting unit's form as filled: the definition, the unit, and one {@link Entry} per row in print
 * order (official rows in the attachment's order; each area's local rows right after its 其他 row).
 * Immutable: the store and the importers build new instances.
 */
public final class FilledForm {

    private final FormDefinition definition;
    private final UnitInfo unit;
    private final List<Entry> entries;

    public FilledForm(FormDefinition definition, UnitInfo unit, List<Entry> entries) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.entries = List.copyOf(entries);
    }

    /** A blank form: every official row, nothing written. */
    public static FilledForm blank(FormDefinition definition, UnitInfo unit) {
        return new FilledForm(definition, unit,
                definition.officialItems().stream().map(Entry::blank).collect(Collectors.toList()));
    }

    public FormDefinition definition() {
        return definition;
    }

    public UnitInfo unit() {
        return unit;
    }

    /** Every row in print order. */
    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> entriesOf(int areaNumber) {
        return entries.stream().filter(e -> e.item().areaNumber() == areaNumber).collect(Collectors.toList());
    }

    public Optional<Entry> entry(String itemId) {
        return entries.stream().filter(e -> e.item().id().equals(itemId)).findFirst();
    }

    public List<Entry> localEntries() {
        return entries.stream().filter(e -> e.item().isLocal()).collect(Collectors.toList());
    }

    /** Rows filled or declared not to concern the unit. */
    public long completeCount() {
        return entries.stream().filter(Entry::isDone).count();
    }

    /** Rows still missing measures or departments (and not declared 不涉及), in print order. */
    public List<Entry> incompleteEntries() {
        return entries.stream().filter(e -> !e.isDone()).collect(Collectors.toList());
    }

    /** Numbers (as the form numbers them, e.g. 3.07) of the attachment's rows left empty, in print order. */
    public List<String> emptyOfficialItems() {
        return entries.stream().filter(e -> !e.item().isLocal() && e.isBlank()).map(e -> e.item().id()).toList();
    }

    /** Numbers of the attachment's rows the unit declared 不涉及, in print order. */
    public List<String> notApplicableItems() {
        return entries.stream().filter(Entry::isNotApplicable).map(e -> e.item().id()).toList();
    }

    public FilledForm withUnit(UnitInfo newUnit) {
        return new FilledForm(definition, newUnit, entries);
    }

    /** Rebuilds the entry list in print order: official rows per area, local rows after the area's 其他. */
    public static List<Entry> inPrintOrder(FormDefinition definition, List<Entry> official, List<Entry> local) {
        List<Entry> ordered = new ArrayList<>(official.size() + local.size());
        for (KeyArea area : definition.areas()) {
            official.stream().filter(e -> e.item().areaNumber() == area.number()).forEach(ordered::add);
            local.stream().filter(e -> e.item().areaNumber() == area.number()).forEach(ordered::add);
        }
        return ordered;
    }
}
