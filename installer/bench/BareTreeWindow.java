package bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: a bare JavaFX window showing a small tree, nothing else. It
 * reports the time the same way as {@code tianbao --smoke}: from JVM start to the first frame in which
 * the tree shows its rows, then exits.
 */
public final class BareTreeWindow extends Application {

    /** A plain main class, as Tianbao's: a class path app cannot start from its Application class. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareTreeWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        TreeItem<String> root = new TreeItem<>("工作要点");
        for (int area = 1; area <= 6; area++) {
            TreeItem<String> key = new TreeItem<>("工作重点 " + area);
            for (int item = 1; item <= 10; item++) {
                key.getChildren().add(new TreeItem<>("工作内容 " + area + "." + item));
            }
            key.setExpanded(true);
            root.getChildren().add(key);
        }
        root.setExpanded(true);
        TreeView<String> tree = new TreeView<>(root);
        stage.setScene(new Scene(tree, 1280, 800));
        stage.setTitle("bare");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean shown = tree.lookupAll(".tree-cell").stream()
                        .anyMatch(n -> n.isVisible() && ((TreeCell<?>) n).getItem() != null);
                if (shown) {
                    long at = System.currentTimeMillis();
                    stop();
                    System.out.println("ready " + (at - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
                    System.out.flush();
                    // --stay: left open for the screen measure (ScreenWatch), which ends it.
                    if (!getParameters().getRaw().contains("--stay")) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }
}
