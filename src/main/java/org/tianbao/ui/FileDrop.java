package org.tianbao.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files and folders dragged onto a window (from a mail attachment, the desktop, a folder). */
public final class FileDrop {

    private FileDrop() {
    }

    /**
     * Accepts files dropped on {@code target} and hands them over after the drop has completed: a dialog
     * shown inside the drop would keep the program they came from waiting (Windows' Explorer, a mail client).
     */
    public static void accept(Node target, Consumer<List<Path>> dropped) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean ok = event.getDragboard().hasFiles();
            if (ok) {
                List<Path> paths = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                Platform.runLater(() -> dropped.accept(paths));
            }
            event.setDropCompleted(ok);
            event.consume();
        });
    }
}
