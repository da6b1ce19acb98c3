package org.tianbao.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.animation.FadeTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.util.Duration;
import javafx.scene.text.Text;

/**
 * A search box: a magnifier on the left and, while it holds text, a cross on the right that empties it.
 * AtlantaFX's field, which the theme styles, rather than ControlsFX's clearable field: that one brings a
 * stylesheet of its own which would be parsed on the first frame (the window's sheets all come precompiled).
 */
public final class SearchField extends CustomTextField {

    public SearchField(String prompt) {
        setPromptText(prompt);
        getStyleClass().add("tb-search-field");
        setLeft(Icons.search());
        Text clear = Icons.close();
        clear.getStyleClass().add("tb-clear-search");
        clear.setCursor(Cursor.DEFAULT);
        clear.setAccessibleRole(AccessibleRole.BUTTON);
        clear.setAccessibleText("清除");
        clear.setOnMouseReleased(e -> {
            clear();
            requestFocus();
        });
        // Shown only when there is something to clear; it fades as ControlsFX's did.
        clear.setOpacity(0);
        clear.setMouseTransparent(true);
        FadeTransition fade = new FadeTransition(Duration.millis(250), clear);
        textProperty().addListener((obs, old, now) -> {
            boolean show = now != null && !now.isEmpty();
            boolean shown = old != null && !old.isEmpty();
            if (show != shown) {
                clear.setMouseTransparent(!show);
                fade.stop();
                fade.setFromValue(clear.getOpacity());
                fade.setToValue(show ? 1 : 0);
                fade.play();
            }
        });
        setRight(clear);
    }
}
