package org.tianbao.ui.edit;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A link in the bottom-right corner of a text area, where the officer looks when the field is empty. At a
 * large text size on a small screen the field has room for a few lines only, and the link would cover the
 * end of the field's prompt: then it stands just below the field instead.
 */
final class CornerLink {

    /** Lines of text the field must have room for to keep the link in its corner: its prompt and the link. */
    private static final double ROOM_LINES = 6;

    private CornerLink() {
    }

    /** The field with the link, for the field's place in the editor (it grows as the field did). */
    static VBox around(TextArea field, Hyperlink link) {
        StackPane box = new StackPane(field, link);
        StackPane.setAlignment(link, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(link, new Insets(0, 10, 6, 0));
        HBox below = new HBox();
        below.setAlignment(Pos.CENTER_RIGHT);
        VBox column = new VBox(box, below);
        VBox.setVgrow(box, Priority.ALWAYS);
        // The room is the field's with the link's row added back: moving the link does not change it, so
        // the choice never flips back and forth.
        ChangeListener<Object> place = (obs, old, now) -> {
            boolean inCorner = link.getParent() == box;
            double room = box.getHeight() + (inCorner ? 0 : below.getHeight());
            boolean corner = room >= ROOM_LINES * field.getFont().getSize() * 1.5;
            if (corner && !inCorner) {
                below.getChildren().remove(link);
                box.getChildren().add(link);
            } else if (!corner && inCorner) {
                box.getChildren().remove(link);
                below.getChildren().add(link);
            }
        };
        box.heightProperty().addListener(place);
        field.fontProperty().addListener(place);
        return column;
    }
}
