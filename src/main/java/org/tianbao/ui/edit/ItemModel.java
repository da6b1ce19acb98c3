package org.tianbao.ui.edit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tianbao.model.Entry;
import org.tianbao.model.EntryStatus;
import org.tianbao.model.TextNormalizer;
import org.tianbao.model.WorkItem;

/** The window's live copy of one row: what the editors bind to and the tree shows. FX thread only. */
public final class ItemModel {

    private final WorkItem item;
    private final StringProperty text;
    private final StringProperty measures;
    private final ObservableList<String> departments;
    private final ObjectBinding<EntryStatus> status;

    ItemModel(Entry entry) {
        this.item = entry.item();
        this.text = new SimpleStringProperty(this, "text", item.text());
        this.measures = new SimpleStringProperty(this, "measures", entry.measures());
        this.departments = FXCollections.observableArrayList(entry.departments());
        this.status = Bindings.createObjectBinding(() -> toEntry().status(), measures, departments, text);
    }

    public String id() {
        return item.id();
    }

    public int areaNumber() {
        return item.areaNumber();
    }

    public WorkItem.Kind kind() {
        return item.kind();
    }

    public boolean isLocal() {
        return item.isLocal();
    }

    /** 工作内容: fixed for official rows, editable for the unit's own. */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** 具体举措及成果形式. */
    public StringProperty measuresProperty() {
        return measures;
    }

    /** 责任部门 in order; the first leads. */
    public ObservableList<String> departments() {
        return departments;
    }

    public ObjectBinding<EntryStatus> statusBinding() {
        return status;
    }

    public EntryStatus status() {
        return status.get();
    }

    /** A snapshot of the current values, safe to hand to the saving thread. */
    public Entry toEntry() {
        return new Entry(item.withText(TextNormalizer.clean(text.get())), measures.get(), List.copyOf(departments));
    }

    /** Whether the row's content, measures or departments contain the query (normalized by SearchText). */
    public boolean matches(String normalizedQuery) {
        return SearchText.of(text.get()).contains(normalizedQuery)
                || SearchText.of(measures.get()).contains(normalizedQuery)
                || departments.stream().anyMatch(d -> SearchText.of(d).contains(normalizedQuery));
    }

    @Override
    public String toString() {
        return text.get();
    }
}
