package org.tianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tianbao.excel.DepartmentTasksWriter;
import org.tianbao.excel.Typography;
import org.tianbao.io.FileProblems;
import org.tianbao.model.DepartmentTasks;
import org.tianbao.model.FilledForm;
import org.tianbao.model.RepeatedMeasures;
import org.tianbao.model.RevisionMarks;
import org.tianbao.model.UserException;
import org.tianbao.refs.DepartmentLevelProposal;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tianbao export [--data DIR] [--unit 单位名称] [--departments | --mark-changes] --out FILE.xlsx|FILE.docx}.
 */
@Command(name = "export", description = "把填好的表格导出为附件：.xlsx 工作簿，或 .docx Word 文档（或用 --departments 导出部门分工表）。")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Option(names = "--unit", paramLabel = "单位名称", description = "填报单位（设置后保存在数据中）")
    String unit;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
            description = "导出的文件；以 .docx 结尾则导出 Word 文档")
    Path out;

    @Option(names = "--departments", description = "导出部门分工表（按责任部门整理，每个部门另起一页），而不是报送的附件")
    boolean departments;

    @Option(names = "--mark-changes", description = "用红色字标出与之前导出的版本相比修改的内容（修改处标红）")
    boolean markChanges;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (departments && markChanges) {
            throw new UserException("--mark-changes 只用于导出报送的附件，部门分工表不标出修改。");
        }
        if (departments ? !name.endsWith(".xlsx") : !name.endsWith(".xlsx") && !name.endsWith(".docx")) {
            throw new UserException("导出文件“" + out + "”的扩展名应为 .xlsx" + (departments ? "" : "（Word 文档为 .docx）") + "。");
        }
        try (Workspace workspace = Workspace.open(data.folder())) {
            if (unit != null) {
                if (unit.isBlank()) {
                    throw new UserException("--unit 给出的填报单位是空的，请写出单位名称。");
                }
                workspace.forms().saveUnit(workspace.forms().loadUnit().withUnitName(unit));
            }
            if (departments) {
                exportDepartmentTasks(workspace);
                return 0;
            }
            ExportService.Result result = new ExportService(workspace).export(out, Typography.forThisComputer(),
                    markChanges);
            long incomplete = result.form().incompleteEntries().size();
            int notApplicable = result.form().notApplicableItems().size();
            String unitName = result.form().unit().unitName();
            // A return without a unit is named after its file where it is consolidated: say so.
            spec.commandLine().getOut().println("已导出“" + out.toAbsolutePath() + "”："
                    + (unitName.isBlank() ? "尚未设置填报单位（可用 --unit 设置）" : "填报单位“" + unitName + "”")
                    + "，第 " + result.metadata().sequence() + " 次导出，"
                    + completeness(incomplete, notApplicable));
            List<RepeatedMeasures.Repeat> repeats = RepeatedMeasures.in(result.form().entries());
            if (!repeats.isEmpty()) {
                spec.commandLine().getOut().println("注意：" + RepeatedMeasures.sentence(repeats));
            }
            if (markChanges) {
                spec.commandLine().getOut().println(marked(result.marks()));
            }
            if (unit != null) {
                levelHint(workspace, result.form());
            }
        }
        return 0;
    }

    /**
     * After --unit set a district's or a province's unit over the default county names: the window renames
     * them on request; the command line only says so, since it changes no one's departments unasked.
     */
    private void levelHint(Workspace workspace, FilledForm form) {
        DepartmentLevelProposal.of(form.unit().unitName(), workspace.departments().names(),
                workspace.departmentMapping().load(), form.entries()).ifPresent(p -> spec.commandLine().getOut()
                .println("注意：填报单位是" + p.unitLevel().label() + "单位，部门词典中却是" + p.change().from().label()
                        + "部门名称" + (p.renamedInForm() > 0 ? "（表格中 " + p.rowsInForm() + " 项工作用了）" : "")
                        + "；可在窗口中用 编辑 → 部门名称改为本单位级别 改为" + p.unitLevel().label() + "名称。"));
    }

    /** What --mark-changes showed in red. */
    static String marked(RevisionMarks marks) {
        if (marks.isEmpty()) {
            return "上一次导出以来没有修改，没有标红的内容。";
        }
        int removed = marks.removedOwnRows().size();
        return "已用红色字标出修改的 " + marks.rowCount() + " 项"
                + (removed == 0 ? "" : "，删去的 " + removed + " 项本单位工作写在表格上方的说明中") + "。";
    }

    /** 各项均已填写（2 项本单位不涉及）。 or 还有 3 项未填写完整；2 项本单位不涉及。 */
    static String completeness(long incomplete, int notApplicable) {
        String filled = incomplete == 0 ? "各项均已填写" : "还有 " + incomplete + " 项未填写完整";
        if (notApplicable == 0) {
            return filled + "。";
        }
        String declared = notApplicable + " 项本单位不涉及";
        return incomplete == 0 ? filled + "（" + declared + "）。" : filled + "；" + declared + "。";
    }

    private void exportDepartmentTasks(Workspace workspace) {
        DepartmentTasks tasks;
        try {
            tasks = new DepartmentTasksWriter(Typography.forThisComputer())
                    .write(workspace.forms().load(), workspace.departments().names(), out);
        } catch (IOException e) {
            throw new UserException(FileProblems.writeFailure(out, e), e);
        }
        spec.commandLine().getOut().println("已导出部门分工表“" + out.toAbsolutePath() + "”：" + tasks.shares().size()
                + " 个责任部门" + (tasks.withoutDepartment().isEmpty() ? "。"
                : "，另有 " + tasks.withoutDepartment().size() + " 项尚未确定责任部门。"));
    }
}
