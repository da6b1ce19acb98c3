package org.tianbao.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.stage.Window;

/** The window's text size, adjustable because many officers prefer large text. */
public final class TextSize {

    public static final List<Integer> STEPS = List.of(12, 13, 14, 15, 16, 18, 20, 22, 24, 28);
    public static final int DEFAULT = 15;
    public static final String SETTING = "ui.fontSize";
    private static final String SIZE_CLASS = "tb-size-";

    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", DEFAULT);

    public TextSize(int initial) {
        size.set(STEPS.contains(initial) ? initial : DEFAULT);
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public int size() {
        return size.get();
    }

    /**
     * Applies the size to a scene's root now and whenever it changes, as a style class: the app's sheet
     * gives each step its font size (everything sized in em follows) and its icon size (Ikonli sizes in
     * pixels). A class rather than an inline style: an inline style is parsed at run time, and on the first
     * frame that would be the CSS parser's first, slow run (the sheets themselves come precompiled).
     */
    public void applyTo(Parent root) {
        apply(root, size.get());
        size.addListener((obs, old, now) -> apply(root, now.intValue()));
    }

    private static void apply(Parent node, int px) {
        node.getStyleClass().removeIf(c -> c.startsWith(SIZE_CLASS));
        node.getStyleClass().add(SIZE_CLASS + px);
    }

    /** Gives {@code node} (a dialog's pane, another window's root) the text size shown in {@code owner}. */
    public static void follow(Window owner, Parent node) {
        apply(node, shownIn(owner));
    }

    /** The text size applied to a window's root by {@link #applyTo}, or the default. */
    public static int shownIn(Window window) {
        if (window != null && window.getScene() != null && window.getScene().getRoot() != null) {
            for (String styleClass : window.getScene().getRoot().getStyleClass()) {
                if (styleClass.startsWith(SIZE_CLASS)) {
                    return Integer.parseInt(styleClass.substring(SIZE_CLASS.length()));
                }
            }
        }
        return DEFAULT;
    }

    public void larger() {
        int i = STEPS.indexOf(size.get());
        size.set(STEPS.get(Math.min(STEPS.size() - 1, i + 1)));
    }

    public void smaller() {
        int i = STEPS.indexOf(size.get());
        size.set(STEPS.get(Math.max(0, i - 1)));
    }

    public void reset() {
        size.set(DEFAULT);
    }
}
