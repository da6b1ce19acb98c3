package org.tianbao.ui.edit;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tianbao.model.KeyArea;

/** One 工作重点 in the window: its rows (official then the unit's own) and how many are complete. */
public final class AreaModel {

    private final KeyArea area;
    /** Rows in print order; the list reports status changes of its rows too. */
    private final ObservableList<ItemModel> items =
            FXCollections.observableArrayList(i -> new Observable[] {i.statusBinding(), i.textProperty()});
    private final IntegerBinding completeCount;
    private final StringBinding progressText;

    AreaModel(KeyArea area) {
        this.area = area;
        this.completeCount = Bindings.createIntegerBinding(
                () -> (int) items.stream().filter(i -> i.status().isDone()).count(), items);
        this.progressText = Bindings.createStringBinding(() -> completeCount.get() + "/" + items.size(), items,
                completeCount);
    }

    public int number() {
        return area.number();
    }

    public String title() {
        return area.title();
    }

    public ObservableList<ItemModel> items() {
        return items;
    }

    public IntegerBinding completeCountBinding() {
        return completeCount;
    }

    /** "7/10": complete rows over all rows of the area. */
    public StringBinding progressTextBinding() {
        return progressText;
    }

    /** Index of the first row of the unit's own (after the 其他 row). */
    int firstLocalIndex() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isLocal()) {
                return i;
            }
        }
        return items.size();
    }

    @Override
    public String toString() {
        return area.number() + " " + area.title();
    }
}
