package org.tianbao.ui.refs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tianbao.model.Departments;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.refs.DepartmentProposal;
import org.tianbao.ui.Dialogs;

/**
 * Asks the officer before adding departments the dictionary does not know or bodies no rule covers. Each
 * body of the plan item is a row: a tick, the body, the county department it maps to (a choice among the
 * dictionary's names, or typed) and what adding it means. Rows that need no consent start ticked; the
 * others start unticked, so nothing new enters the dictionary without the officer's tick.
 */
final class AddDepartmentsDialog {

    /** What the officer chose: the departments to add, in order, and the new rules to remember. */
    record Choice(List<String> departments, List<DepartmentMapping.Rule> remembered) {
    }

    /**
     * What the dialog says of where the names come from.
     *
     * @param source         the plan item or the unit's row, as the intro names it
     * @param bodiesHeading  the heading of the names' column
     * @param bodiesNoun     what the intro calls the names
     * @param departments    what the intro and the choices' column call the departments chosen
     * @param offerRemember  whether the officer's choices may become rules of the 部门对应表 (a plan's bodies
     *                       recur; a unit's department names carry the unit's place name and would not)
     */
    record Wording(String source, String bodiesHeading, String bodiesNoun, String departments, boolean offerRemember) {

        static Wording forPlan(String source) {
            return new Wording(source, "计划中的责任单位", "责任单位", "县级部门", true);
        }

        static Wording forUnit(String source) {
            return new Wording(source, "该单位填的责任部门", "责任部门", "本单位的部门", false);
        }

        static Wording forUnits(String source) {
            return new Wording(source, "各单位填的责任部门", "责任部门", "本单位的部门", false);
        }
    }

    /** One row of the dialog. */
    record Row(DepartmentProposal proposal, CheckBox tick, ComboBox<String> department) {
        String chosen() {
            String typed = department.isEditable() ? department.getEditor().getText() : department.getValue();
            return Departments.normalizeName(typed == null ? "" : typed);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final CheckBox remember = new CheckBox("记住我为各单位选择的县级部门（保存到部门对应表）");
    private final Dialog<Choice> dialog = new Dialog<>();

    AddDepartmentsDialog(Window owner, Wording wording, List<DepartmentProposal> proposals, List<String> dictionary) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints bodyColumn = new ColumnConstraints();
        bodyColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints noteColumn = new ColumnConstraints();
        noteColumn.setHgrow(Priority.ALWAYS);
        noteColumn.setMinWidth(200);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), bodyColumn, new ColumnConstraints(), noteColumn);
        grid.add(header("添加"), 0, 0);
        grid.add(header(wording.bodiesHeading()), 1, 0);
        grid.add(header(wording.departments()), 2, 0);
        grid.add(header("说明"), 3, 0);
        for (int i = 0; i < proposals.size(); i++) {
            DepartmentProposal p = proposals.get(i);
            CheckBox tick = new CheckBox();
            tick.setSelected(p.isKnown());
            tick.setId("add-department-" + i);
            ComboBox<String> department = new ComboBox<>();
            department.getItems().setAll(dictionary);
            department.setEditable(true);
            department.setPrefWidth(300); // "县市场监督管理局（知识产权局）" in full
            department.setPromptText("选择或输入部门");
            department.setValue(p.department().isEmpty() ? null : p.department());
            department.setId("add-department-name-" + i);
            Row row = new Row(p, tick, department);
            Label status = new Label();
            status.setWrapText(true);
            department.getEditor().textProperty().addListener((obs, old, now) -> {
                describe(status, row, dictionary);
                if (!now.isBlank() && !old.isBlank() && !now.equals(old) && p.status() == DepartmentProposal.Status.UNMAPPED) {
                    tick.setSelected(true);
                }
            });
            department.valueProperty().addListener((obs, old, now) -> {
                describe(status, row, dictionary);
                if (now != null && !now.isBlank() && p.status() == DepartmentProposal.Status.UNMAPPED) {
                    tick.setSelected(true);
                }
            });
            describe(status, row, dictionary);
            Label body = new Label(p.body() + (i == 0 && proposals.size() > 1 ? "（牵头）" : ""));
            grid.addRow(i + 1, tick, body, department, status);
            rows.add(row);
        }
        remember.setSelected(wording.offerRemember());
        remember.setId("add-departments-remember");
        Label intro = new Label(wording.source() + " 的" + wording.bodiesNoun() + "对应如下" + wording.departments() + "。勾选要加入“责任部门”的部门；"
                + "部门词典中没有的部门，勾选并确定后才会加入词典。");
        intro.setWrapText(true);
        VBox content = new VBox(12, intro, grid);
        if (wording.offerRemember()) {
            content.getChildren().add(remember);
        }
        Dialogs.prepare(dialog, owner, "添加责任部门");
        dialog.getDialogPane().setContent(content);
        // Wide enough for the table: a dialog is otherwise sized before its rows' text is measured.
        Dialogs.widen(dialog, 820);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.OK, Dialogs.CANCEL);
        dialog.setResultConverter(b -> b == Dialogs.OK ? choice() : null);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tb-field-label");
        return label;
    }

    private static void describe(Label status, Row row, List<String> dictionary) {
        String name = row.chosen();
        if (name.isEmpty()) {
            status.setText("没有对应的部门：可选择或输入一个");
        } else if (dictionary.contains(name)) {
            status.setText(row.proposal().department().equals(name) ? "按部门对应表" : "已改选");
        } else {
            status.setText("部门词典中没有“" + name + "”：勾选后将加入词典");
        }
        status.getStyleClass().removeAll("tb-ref-warning");
        if (!name.isEmpty() && !dictionary.contains(name)) {
            status.getStyleClass().add("tb-ref-warning");
        }
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }

    /** The ticked rows' departments, and the rows whose department the officer changed. */
    Choice choice() {
        LinkedHashSet<String> departments = new LinkedHashSet<>();
        List<DepartmentMapping.Rule> remembered = new ArrayList<>();
        for (Row row : rows) {
            String name = row.chosen();
            if (!row.tick().isSelected() || name.isEmpty()) {
                continue;
            }
            departments.add(name);
            if (remember.isSelected() && !name.equals(row.proposal().department())) {
                remembered.add(new DepartmentMapping.Rule(row.proposal().body(), name));
            }
        }
        return new Choice(List.copyOf(departments), remembered);
    }
}
