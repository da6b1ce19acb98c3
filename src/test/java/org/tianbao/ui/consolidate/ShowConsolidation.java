package org.tianbao.ui.consolidate;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.tianbao.ui.WindowFixture;
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
        ConsolidationWindow window = ConsolidationWindow.show(null, WindowFixture.answering(Optional.empty(), Optional.of(out), Optional.of(folder)));
        window.addSource(folder);
        Platform.runLater(() -> ((Button) window.stage().getScene().lookup("#consolidate-start")).fire());
    }
}
