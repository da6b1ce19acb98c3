package org.tianbao.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 帮助 → 使用说明: how the app is used, in the officer's words, offline. The text lives in guide.txt: a line
 * starting with "# " is a heading, one starting with "- " a point, any other a paragraph.
 */
final class GuideDialog {

    /** A block of the guide. */
    record Block(Kind kind, String text) {
        enum Kind { HEADING, POINT, PARAGRAPH }
    }

    private GuideDialog() {
    }

    static List<Block> blocks() {
        try (InputStream in = GuideDialog.class.getResourceAsStream("guide.txt")) {
            if (in == null) {
                throw new IllegalStateException("guide.txt missing from the application");
            }
            List<Block> blocks = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.startsWith("# ")) {
                    blocks.add(new Block(Block.Kind.HEADING, text.substring(2)));
                } else if (text.startsWith("- ")) {
                    blocks.add(new Block(Block.Kind.POINT, text.substring(2)));
                } else if (!text.isEmpty()) {
                    blocks.add(new Block(Block.Kind.PARAGRAPH, text));
                }
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void show(Window owner) {
        VBox content = new VBox(6);
        content.setId("guide");
        for (Block block : blocks()) {
            Label label = new Label(block.kind() == Block.Kind.POINT ? "•  " + block.text() : block.text());
            label.setWrapText(true);
            label.getStyleClass().add(switch (block.kind()) {
                case HEADING -> "tb-guide-heading";
                case POINT -> "tb-guide-point";
                case PARAGRAPH -> "tb-guide-paragraph";
            });
            content.getChildren().add(label);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        Alert alert = new Alert(Alert.AlertType.NONE, "", Dialogs.OK);
        alert.getDialogPane().setContent(scroll);
        Dialogs.prepare(alert, owner, "使用说明");
        Dialogs.widen(alert, 720);
        alert.showAndWait();
    }
}
