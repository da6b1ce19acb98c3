package org.tianbao.excel;

import java.util.ArrayList;
import java.util.List;
import org.tianbao.model.Departments;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.model.KeyArea;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UnitInfo;

/**
 * One unit's form in the attachment's layout: 附件, title, the 填报单位 line, the header 序号 | 工作重点 |
 * 工作内容 | 具体举措及成果形式 | 责任部门, and one row per work item with 序号/工作重点 merged over each key
 * area's rows (the unit's own rows inside their area, after its 其他 row). Measures too long for a page
 * go on in the rows below, 工作内容 and 责任部门 merged over them.
 */
final class AttachmentSheet {

    static final int NUMBER = 0;
    static final int AREA = 1;
    static final int ITEM = 2;
    static final int MEASURES = 3;
    static final int DEPARTMENTS = 4;

    /** Widths in proportion to the content; together they fit A4 landscape at 100%. */
    static final List<TablePlan.Column> COLUMNS = List.of(
            new TablePlan.Column(6, true, true),
            new TablePlan.Column(14, true, false),
            new TablePlan.Column(32, false, false),
            new TablePlan.Column(58, false, false),
            new TablePlan.Column(26, false, false));

    private AttachmentSheet() {
    }

    static TableSheet of(FilledForm form) {
        return of(form, RevisionMarks.none(), "");
    }

    /** The same, with what changed since the unit's last export in red and the note that says so. */
    static TableSheet of(FilledForm form, RevisionMarks revisions, String note) {
        List<String[]> body = new ArrayList<>();
        List<Object> areaKeys = new ArrayList<>();
        List<Object> entryKeys = new ArrayList<>();
        for (Entry entry : form.entries()) {
            KeyArea area = form.definition().area(entry.item().areaNumber());
            body.add(new String[] {String.valueOf(area.number()), area.title(), entry.item().text(),
                    entry.measures(), Departments.join(entry.departments())});
            areaKeys.add(area.number());
            entryKeys.add(entryKeys.size());
        }
        TablePlan.MergeRule byArea = new TablePlan.MergeRule(new int[] {NUMBER, AREA}, areaKeys.toArray());
        // An entry too long for a page goes on over several rows: its item and departments span them.
        TablePlan.MergeRule byEntry = new TablePlan.MergeRule(new int[] {ITEM, DEPARTMENTS}, entryKeys.toArray());
        List<Entry> entries = form.entries();
        RedMarks marks = revisions.isEmpty() ? RedMarks.NONE : new RedMarks((row, column) -> {
            Entry e = entries.get(row);
            return switch (column) {
                case ITEM -> revisions.marks(e, RevisionMarks.Part.ITEM);
                case MEASURES -> revisions.marks(e, RevisionMarks.Part.MEASURES);
                case DEPARTMENTS -> revisions.marks(e, RevisionMarks.Part.DEPARTMENTS);
                default -> false;
            };
        }, note);
        return new TableSheet(form.definition().label(), form.definition().title(), unitLine(form.unit()),
                form.definition().columns(), COLUMNS, body, List.of(byArea, byEntry), null, marks);
    }

    /** 填报单位：… 填报人：… 联系电话：…, the last two only when set. */
    static String unitLine(UnitInfo unit) {
        StringBuilder line = new StringBuilder(UnitLine.UNIT).append('：').append(unit.unitName());
        if (!unit.reporter().isEmpty()) {
            line.append(UnitLine.GAP).append(UnitLine.REPORTER).append('：').append(unit.reporter());
        }
        if (!unit.phone().isEmpty()) {
            line.append(UnitLine.GAP).append(UnitLine.PHONE).append('：').append(unit.phone());
        }
        return line.toString();
    }
}
