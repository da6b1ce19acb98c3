package org.tianbao.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.store.Backups;
import org.tianbao.ui.Dialogs;

/**
 * Chooses a backup to restore: the automatic backups, newest first, or a file the officer picks.
 * The chooser of other files is passed in, so that tests can replace the native dialog.
 */
public final class RestoreDialog {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RestoreDialog() {
    }

    static String describe(Optional<Backups.Contents> contents) {
        return contents.map(c -> (c.unitName().isBlank() ? "未设置填报单位" : c.unitName())
                + " · 已完成 " + c.complete() + "/" + c.rows()).orElse("无法读取，不能用于恢复");
    }

    /**
     * @param contents what a backup holds (read when the dialog opens: a handful of small files), so the
     *                 officer sees which backup has the work they want back, not only when it was taken
     */
    public static Optional<Path> choose(Window owner, List<Backups.Backup> backups,
                                        Function<Path, Optional<Backups.Contents>> contents,
                                        Supplier<Optional<Path>> otherFile) {
        Map<Path, String> described = new HashMap<>();
        backups.forEach(b -> described.put(b.file(), describe(contents.apply(b.file()))));
        ListView<Backups.Backup> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setCellFactory(v -> new ListCell<>() {
            private final Label when = new Label();
            private final Label what = new Label();
            private final VBox box = new VBox(2, when, what);

            {
                what.getStyleClass().add("tb-muted");
                box.setPadding(new Insets(3, 0, 3, 0));
            }

            @Override
            protected void updateItem(Backups.Backup item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                when.setText("自动备份  " + TIME.format(item.takenAt()));
                what.setText(described.get(item.file()));
                setGraphic(box);
            }
        });
        list.setPrefSize(460, 340);
        list.setPlaceholder(new Label("还没有自动备份"));
        if (!backups.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Label hint = new Label("恢复前会先自动备份当前内容，恢复后可以再恢复回来。");
        hint.getStyleClass().add("tb-muted");
        hint.setWrapText(true);
        VBox content = new VBox(8, list, hint);

        ButtonType restore = new ButtonType("恢复", ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType("选择备份文件…", ButtonBar.ButtonData.LEFT);
        Dialog<Optional<Path>> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, "从备份恢复");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(other, restore, Dialogs.CANCEL);
        Dialogs.widen(dialog, 460);
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> {
            if (b == restore) {
                return Optional.of(list.getSelectionModel().getSelectedItem().file());
            }
            if (b == other) {
                return otherFile.get();
            }
            return Optional.empty();
        });
        return dialog.showAndWait().flatMap(p -> p);
    }
}
