package org.tianbao.ui;

import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.SaveState;

/**
 * The main window's lines around the form: the banner while the unit is not set, and the status bar — when
 * the last change was saved (red when a save failed), rows changed since the last export, overall
 * progress, the text size and the 导出表格 button.
 */
final class StatusLine {

    private final FormSession session;
    // Without ControlsFX's stylesheet for it, which would be parsed on the first frame: the app's sheet,
    // precompiled, holds its rules.
    private final StatusBar statusBar = new StatusBar() {
        @Override
        public String getUserAgentStylesheet() {
            return null;
        }
    };
    private final ChangeListener<SaveState> saveStateStyle = (obs, old, now) -> {
        statusBar.getStyleClass().removeAll("tb-save-failed");
        if (now.kind() == SaveState.Kind.FAILED) {
            statusBar.getStyleClass().add("tb-save-failed");
        }
    };

    StatusLine(FormSession session) {
        this.session = session;
    }

    /** The banner asking for the unit; shown while it is not set. */
    Region unitBanner(Runnable editUnit) {
        Label text = new Label("尚未设置填报单位：导出的表格和窗口标题都会用到它。");
        Button set = new Button("设置填报单位…", Icons.unit());
        set.setId("banner-set-unit");
        set.setOnAction(e -> editUnit.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, Icons.unit(), text, spacer, set);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add("tb-banner");
        banner.setId("unit-banner");
        banner.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !session.unitProperty().get().hasUnitName(), session.unitProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The status bar; it follows the session's saves until {@link #dispose()}. */
    StatusBar statusBar(TextSize textSize, Runnable export) {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(Bindings.createStringBinding(
                () -> session.saves().stateProperty().get().message(), session.saves().stateProperty()));
        Label progress = new Label();
        progress.setId("overall-progress");
        progress.textProperty().bind(Bindings.createStringBinding(() -> {
            int done = session.areas().stream().mapToInt(a -> a.completeCountBinding().get()).sum();
            int all = session.areas().stream().mapToInt(a -> a.items().size()).sum();
            return "已完成 " + done + "/" + all;
        }, session.areas().stream().flatMap(a -> Stream.<Observable>of(a.completeCountBinding(), a.items()))
                .toArray(Observable[]::new)));
        Label size = new Label();
        size.textProperty().bind(Bindings.concat("字号 ", textSize.sizeProperty()));
        Button exportButton = new Button("导出表格…", Icons.export());
        exportButton.setId("export-button");
        exportButton.setOnAction(e -> export.run());
        Label changed = new Label();
        changed.setId("changed-since-export");
        changed.getStyleClass().add("tb-changed-count");
        changed.textProperty().bind(Bindings.createStringBinding(() -> "上次导出后修改了 "
                + session.changedSinceExportCount().get() + " 项  ", session.changedSinceExportCount()));
        changed.visibleProperty().bind(session.changedSinceExportCount().greaterThan(0));
        changed.managedProperty().bind(changed.visibleProperty());
        statusBar.getRightItems().addAll(changed, progress, new Label("  "), size, new Label("  "), exportButton);
        session.saves().stateProperty().addListener(saveStateStyle);
        return statusBar;
    }

    /** Stops following the saves (the window is being replaced). */
    void dispose() {
        session.saves().stateProperty().removeListener(saveStateStyle);
    }
}
