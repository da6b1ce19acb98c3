package org.tianbao.ui.consolidate;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.Styles;

/** Shows the 汇总 window running on a folder, for looking at it (not a test): {@code ShowConsolidation DIR OUT.xlsx}. */
public final class ShowConsolidation {

    private static Path folder;
    private static Path out;

    public static void main(String[] args) {
        folder = Path.of(args[0]);
        out = Path.of(args[1]);
        Platform.startup(ShowConsolidation::start);
    }

    private static void start() {
        Styles.install();
        ConsolidationWindow window = ConsolidationWindow.show(null, new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Filter filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, Filter filter) {
                return Optional.of(out);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.of(folder);
            }
        });
        window.addSource(folder);
        Platform.runLater(() -> ((Button) window.stage().getScene().lookup("#consolidate-start")).fire());
    }
}
