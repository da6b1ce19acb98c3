package org.tianbao.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

    public static Optional<Path> choose(Window owner, List<Backups.Backup> backups, Supplier<Optional<Path>> otherFile) {
        ListView<Backups.Backup> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "自动备份  " + TIME.format(item.takenAt()));
            }
        });
        list.setPrefSize(420, 300);
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
