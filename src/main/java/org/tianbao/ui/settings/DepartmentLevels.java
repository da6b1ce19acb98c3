package org.tianbao.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.tianbao.model.Entry;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.UnitLevel;
import org.tianbao.refs.DepartmentLevelProposal;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.store.Settings;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.Icons;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.ItemModel;

/**
 * 部门名称改为本单位级别. The default department dictionary and 部门对应表 name a county's departments (县财政局);
 * a district's or a city's office would retype each name it uses. When the 填报单位 shows another level
 * (白云区市场监督管理局), the officer is offered to rename them (区财政局), together with the departments
 * already in the form, as one saved change after a backup; and on request from the 编辑 menu.
 */
public final class DepartmentLevels {

    private static final Logger LOG = Logger.getLogger(DepartmentLevels.class.getName());

    /** Setting: the level (区) whose renaming the officer declined; no banner offers it again. */
    static final String DECLINED_SETTING = "departments.level-declined";

    private final Window owner;
    private final FormSession session;
    private final Settings settings;
    private final Supplier<DepartmentMapping> mapping;
    private final Runnable backUp;

    /**
     * @param mapping the 部门对应表 in force (it follows the change with the session, see
     *                {@link FormSession.DepartmentNamesElsewhere})
     * @param backUp  queues a backup of the data as it is, run before the change: 从备份恢复 is the way back
     */
    public DepartmentLevels(Window owner, FormSession session, Settings settings, Supplier<DepartmentMapping> mapping,
                            Runnable backUp) {
        this.owner = owner;
        this.session = session;
        this.settings = settings;
        this.mapping = mapping;
        this.backUp = backUp;
    }

    /** After the 填报单位 was edited: offers the change when the unit's name now shows another level. */
    public void unitChanged(UnitInfo before, UnitInfo after) {
        Optional<UnitLevel> level = UnitLevel.ofUnit(after.unitName());
        if (level.isEmpty() || level.equals(UnitLevel.ofUnit(before.unitName()))) {
            return;
        }
        proposal(after.unitName()).ifPresent(p -> offer(after.unitName(), p));
    }

    /**
     * A banner offering the change when the unit's name shows another level than the department names
     * (the unit came from an imported file or the command line, or an earlier version kept it) and the
     * officer has not declined it for this level; empty otherwise. It goes once answered.
     */
    public Optional<Region> banner() {
        String unit = session.unitProperty().get().unitName();
        Optional<DepartmentLevelProposal> proposal = proposal(unit);
        if (proposal.isEmpty() || settings.get(DECLINED_SETTING).filter(proposal.get().unitLevel().mark()::equals).isPresent()) {
            return Optional.empty();
        }
        String to = proposal.get().unitLevel().label();
        Label text = new Label("本单位是" + to + "单位，部门词典中却是" + proposal.get().change().from().label()
                + "部门名称：可改为" + to + "名称。");
        // At a large text size the sentence wraps; the buttons keep their words.
        text.setWrapText(true);
        text.setMinWidth(0);
        Button rename = new Button("改为" + to + "名称…");
        rename.setId("level-banner-rename");
        Button never = new Button("不再提示");
        never.setId("level-banner-never");
        rename.setMinWidth(Region.USE_PREF_SIZE);
        never.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, Icons.unit(), text, spacer, rename, never);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add("tb-banner");
        banner.setId("level-banner");
        Runnable close = () -> ((Pane) banner.getParent()).getChildren().remove(banner);
        // The unit may have changed since the banner came (its dialog offers the change itself): asked anew.
        rename.setOnAction(e -> {
            close.run();
            String now = session.unitProperty().get().unitName();
            proposal(now).ifPresent(p -> offer(now, p));
        });
        never.setOnAction(e -> {
            close.run();
            proposal(session.unitProperty().get().unitName()).ifPresent(p -> decline(p.unitLevel()));
        });
        return Optional.of(banner);
    }

    /** 编辑 → 部门名称改为本单位级别: the change, or why there is none. */
    public void requested() {
        String unit = session.unitProperty().get().unitName();
        if (unit.isBlank()) {
            Dialogs.info(owner, "还没有填写填报单位",
                    "请先在 文件 → 填报单位信息 中填写填报单位（如“白云区市场监督管理局”），再按单位的级别修改部门名称。");
            return;
        }
        Optional<UnitLevel> level = UnitLevel.ofUnit(unit);
        if (level.isEmpty()) {
            Dialogs.info(owner, "看不出单位的级别", "从填报单位“" + unit
                    + "”看不出是省级、市级、区级还是县级单位，部门名称没有修改。如需修改，请在 文件 → 填报单位信息 中填写完整的单位名称，"
                    + "如“白云区市场监督管理局”；也可用 编辑 → 查找和替换 逐个修改。");
            return;
        }
        Optional<DepartmentLevelProposal> proposal = proposal(unit);
        if (proposal.isEmpty()) {
            Dialogs.info(owner, "部门名称已是" + level.get().label() + "名称",
                    "部门词典和部门对应表中的部门名称已按" + level.get().label() + "单位书写，无需修改。");
            return;
        }
        offer(unit, proposal.get());
    }

    private void decline(UnitLevel level) {
        session.saves().submit("setting:" + DECLINED_SETTING, () -> settings.put(DECLINED_SETTING, level.mark()));
    }

    private Optional<DepartmentLevelProposal> proposal(String unit) {
        List<Entry> form = session.items().stream().map(ItemModel::toEntry).toList();
        return DepartmentLevelProposal.of(unit, List.copyOf(session.departmentNames()), mapping.get(), form);
    }

    private void offer(String unit, DepartmentLevelProposal proposal) {
        if (!DepartmentLevelDialog.ask(owner, unit, proposal)) {
            decline(proposal.unitLevel());
            return;
        }
        try {
            backUp.run();
            session.rewrite(proposal.change());
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "department level change refused", e);
            Dialogs.error(owner, "没有修改部门名称",
                    "之前的修改还没有写入数据文件，为免新旧内容交错，这次没有改动任何内容。请稍后再试。");
        }
    }
}
