package org.tianbao.ui.refs;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * 计划条目 | 下级单位（N）, with 不再参考, at the top of the 参考依据 panel: made when a 汇总 has kept the
 * returns of the units below (never before the window's first frame), so that a city writing its own
 * form can switch between the plans and what its counties wrote.
 */
final class SourceSwitch {

    private final FlowPane view = new FlowPane(12, 4);
    private final ToggleButton plans = new ToggleButton("计划条目");
    private final ToggleButton units = new ToggleButton("下级单位");
    private final Hyperlink forget = new Hyperlink("不再参考");

    /**
     * @param onChange runs when the officer picks the other source
     * @param onForget runs on 不再参考
     */
    SourceSwitch(Runnable onChange, Runnable onForget) {
        ToggleGroup group = new ToggleGroup();
        plans.setToggleGroup(group);
        units.setToggleGroup(group);
        plans.setSelected(true);
        plans.setId("refs-source-plans");
        units.setId("refs-source-units");
        plans.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        units.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        plans.setTooltip(new Tooltip("国家、省、市计划中的相关条目"));
        units.setTooltip(new Tooltip("汇总时留作参考的各单位填报：所选工作内容各单位怎么写的"));
        // One of the two is always chosen: a click on the chosen one keeps it.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                forget.setVisible(now == units);
                onChange.run();
            }
        });
        forget.setId("refs-units-forget");
        forget.setVisible(false);
        forget.setTooltip(new Tooltip("不再在这里列出这些单位的填报（本单位的表格和汇总文件不受影响）"));
        forget.setOnAction(e -> onForget.run());
        // At large text sizes 不再参考 goes to a line of its own; the two halves of the switch stay whole.
        plans.setMinWidth(Region.USE_PREF_SIZE);
        units.setMinWidth(Region.USE_PREF_SIZE);
        forget.setMinWidth(Region.USE_PREF_SIZE);
        view.getChildren().setAll(new HBox(plans, units), forget);
        view.setAlignment(Pos.CENTER_LEFT);
    }

    Node view() {
        return view;
    }

    void setShown(boolean shown) {
        view.setVisible(shown);
        view.setManaged(shown);
    }

    void setUnitCount(int count) {
        units.setText("下级单位（" + count + "）");
    }

    boolean unitsSelected() {
        return units.isSelected();
    }

    /** Picks a source; the change is announced as if the officer had clicked. */
    void select(boolean unitsSource) {
        (unitsSource ? units : plans).setSelected(true);
    }
}
