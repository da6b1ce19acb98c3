package org.tianbao.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tianbao.transfer.OtherPrograms;

/** Copies of the county's draft as departments send them back, edited in a spreadsheet program. */
final class DepartmentCopies {

    static final String AREA_PILOT = "开展知识产权区域布局试点，推进区域知识产权资源配置和政策优化调整";
    static final String POLICIES = "梳理整合专利、商标和地理标志政策、项目和平台";

    private DepartmentCopies() {
    }

    /**
     * A department's copy of the draft, named as exports are, its rows edited: work item, measures,
     * departments, and so on.
     */
    static Path write(Path dir, Path draft, String department, String... edits) throws IOException {
        Path target = dir.resolve(department + "-2019年地方知识产权战略实施工作要点表.xlsx");
        OtherPrograms.rewrite(draft, target, rows -> {
            for (List<String> cells : rows) {
                for (int i = 0; i < edits.length; i += 3) {
                    if (cells.size() > 4 && cells.get(2).equals(edits[i])) {
                        cells.set(3, edits[i + 1]);
                        cells.set(4, edits[i + 2]);
                    }
                }
            }
            return rows;
        });
        return target;
    }
}
