package org.tianbao.excel;

import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.DepartmentTasks;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;

/**
 * The 部门分工 sheet: 部门 | 分工 | 工作重点 | 工作内容 | 具体举措及成果形式 | 相关部门, one block per department
 * (what it leads, then what it supports), 责任部门, 分工 and 工作重点 merged over their rows. Printed like the
 * attachment: the same widths in all, header on every page, long measures going on in the rows below; each
 * department's share begins a page.
 */
final class DepartmentTasksSheet {

    /** Its first column is not headed 责任部门: a copy that lost its marker is still not read as a return. */
    static final List<String> HEADER = List.of("部门", "分工", "工作重点", "工作内容", "具体举措及成果形式", "相关部门");
    static final int MEASURES = 4;
    static final String LEADS = "牵头";
    static final String SUPPORTS = "配合";
    static final String NO_DEPARTMENT = "（尚未确定）";
    static final List<TablePlan.Column> COLUMNS = List.of(
            new TablePlan.Column(16, true, false),
            new TablePlan.Column(6, true, false),
            new TablePlan.Column(14, true, false),
            new TablePlan.Column(30, false, false),
            new TablePlan.Column(50, false, false),
            new TablePlan.Column(20, false, false));

    private DepartmentTasksSheet() {
    }

    /** 2019年…工作要点表 → 2019年…工作要点部门分工表. */
    static String title(FilledForm form) {
        String title = form.definition().title();
        return (title.endsWith("表") ? title.substring(0, title.length() - 1) : title) + "部门分工表";
    }

    static TableSheet of(FilledForm form, DepartmentTasks tasks) {
        Rows rows = new Rows(form);
        for (DepartmentTasks.Share share : tasks.shares()) {
            for (Entry e : share.leads()) {
                rows.add(share.department(), LEADS, e, share.partnersOf(e));
            }
            for (Entry e : share.supports()) {
                rows.add(share.department(), SUPPORTS, e, share.partnersOf(e));
            }
        }
        for (Entry e : tasks.withoutDepartment()) {
            rows.add(NO_DEPARTMENT, "", e, "");
        }
        List<TablePlan.MergeRule> rules = List.of(
                new TablePlan.MergeRule(new int[] {0}, rows.departmentKeys.toArray()),
                new TablePlan.MergeRule(new int[] {1}, rows.roleKeys.toArray()),
                new TablePlan.MergeRule(new int[] {2}, rows.areaKeys.toArray()),
                // Measures too long for a page go on in the rows below; the item and its partners span them.
                new TablePlan.MergeRule(new int[] {3, 5}, rows.rowKeys.toArray()));
        String info = AttachmentSheet.unitLine(form.unit()) + UnitLine.GAP + "共 " + tasks.shares().size() + " 个责任部门";
        // Each department's share starts a page, so that it can be printed and handed to that department.
        return new TableSheet(null, title(form), info, HEADER, COLUMNS, rows.body, rules,
                rows.departmentKeys.toArray());
    }

    /** The body with the keys of its merges. */
    private static final class Rows {
        private final FilledForm form;
        private final List<String[]> body = new ArrayList<>();
        private final List<Object> departmentKeys = new ArrayList<>();
        private final List<Object> roleKeys = new ArrayList<>();
        private final List<Object> areaKeys = new ArrayList<>();
        private final List<Object> rowKeys = new ArrayList<>();

        Rows(FilledForm form) {
            this.form = form;
        }

        void add(String department, String role, Entry e, String partners) {
            String area = form.definition().area(e.item().areaNumber()).title();
            body.add(new String[] {department, role, area, e.item().text(), e.measures(), partners});
            departmentKeys.add(department);
            roleKeys.add(department + '\u001f' + role);
            areaKeys.add(department + '\u001f' + role + '\u001f' + e.item().areaNumber());
            rowKeys.add(rowKeys.size());
        }
    }
}
