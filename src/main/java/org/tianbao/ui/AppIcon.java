package org.tianbao.ui;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon in the title bar, the task bar and Alt+Tab: the drawings in the project's
 * {@code icons/} folder (packed into the jar by the build), in the sizes the system picks from.
 */
final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 256);

    private AppIcon() {
    }

    /** Decoded in the background, so that the first frame does not wait for the icons. */
    static void applyTo(Stage stage) {
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("icons/tianbao-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
