package org.tianbao.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Small dialogs with Chinese buttons and the window's style. */
public final class Dialogs {

    public static final ButtonType OK = new ButtonType("确定", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("取消", ButtonBar.ButtonData.CANCEL_CLOSE);

    private Dialogs() {
    }

    /** Width of a message at the default text size; it grows with the text size, as the window's text does. */
    private static final double MESSAGE_WIDTH = 440;

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, OK);
        prepare(alert, owner, header);
        widen(alert, MESSAGE_WIDTH);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, OK);
        prepare(alert, owner, header);
        widen(alert, MESSAGE_WIDTH);
        alert.showAndWait();
    }

    /** Asks a yes/no question; the first button is the action, named by the caller. */
    public static boolean confirm(Window owner, String header, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, CANCEL);
        prepare(alert, owner, header);
        widen(alert, MESSAGE_WIDTH);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    public static Optional<String> askText(Window owner, String header, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.getDialogPane().getButtonTypes().setAll(OK, CANCEL);
        dialog.setContentText(prompt);
        prepare(dialog, owner, header);
        widen(dialog, MESSAGE_WIDTH);
        dialog.getEditor().setPrefColumnCount(36);
        // The prompt beside the field would otherwise wrap into a column of single characters.
        dialog.getEditor().getParent().getChildrenUnmodifiable().stream()
                .filter(Label.class::isInstance).map(Label.class::cast).forEach(label -> {
                    label.setWrapText(false);
                    label.setMinWidth(Region.USE_PREF_SIZE);
                });
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    /**
     * Makes a dialog as wide as its content needs at the default text size, and wider in step with a
     * larger one (up to the screen's width). The theme caps dialogs at 600 px; only a minimum width of
     * the preferred one lifts that cap. Call after {@link #prepare}, which sets the owner.
     */
    public static void widen(Dialog<?> dialog, double width) {
        double scaled = width * Math.max(1, TextSize.shownIn(dialog.getOwner()) / (double) TextSize.DEFAULT);
        double screen = Screen.getPrimary().getVisualBounds().getWidth() - 40;
        dialog.getDialogPane().setPrefWidth(Math.min(scaled, Math.max(width, screen)));
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    }

    /**
     * A wrapped note in a dialog keeps all its lines when the dialog is fitted on a small screen: its
     * list or table gives up the room instead (a label's own minimum is one line, then "…").
     */
    private static void keepWordsOfWrappedLabels(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Label label && label.isWrapText() && label.getMinHeight() == Region.USE_COMPUTED_SIZE) {
                label.setMinHeight(Region.USE_PREF_SIZE);
            } else if (child instanceof Parent inner && !(child instanceof Control)) {
                // Panes, not controls: a list's or a table's own cells are not notes.
                keepWordsOfWrappedLabels(inner);
            }
        }
    }

    private static void fitOnScreen(Window window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(screen.getMaxY() - window.getHeight());
        }
        window.setY(Math.max(window.getY(), screen.getMinY()));
    }

    public static void prepare(Dialog<?> dialog, Window owner, String header) {
        dialog.setTitle("填报通");
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
            TextSize.follow(owner, dialog.getDialogPane());
        }
        dialog.getDialogPane().getStylesheets().add(Styles.APP_CSS);
        // At a large text size a dialog can come out taller than the screen, its buttons below the
        // bottom edge: it is shortened to the screen (its list gives up the room) and kept on it. Its
        // window has its size only once the dialog has been shown, and it may grow again as wrapped text is
        // laid out at its final width: each time, it is fitted again.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            keepWordsOfWrappedLabels(dialog.getDialogPane());
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.heightProperty().addListener((obs, old, height) -> {
                if (height.doubleValue() > Screen.getPrimary().getVisualBounds().getHeight()) {
                    Platform.runLater(() -> fitOnScreen(window));
                }
            });
            // A dialog closed at once (the one that waits while files are read quickly) is left alone.
            Platform.runLater(() -> {
                if (window.isShowing()) {
                    fitOnScreen(window);
                }
            });
        });
        dialog.setResizable(true);
    }
}
