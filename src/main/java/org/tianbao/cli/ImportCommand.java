package org.tianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ImportPlan;
import org.tianbao.transfer.ImportService;
import org.tianbao.transfer.MergePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tianbao import [--data DIR] FILE.xlsx}, and {@code tianbao import [--data DIR] --merge FILE_OR_DIR...}. */
@Command(name = "import", description = {
        "把导出（并可能编辑过）的 .xlsx/.xls 文件，或在 Word 中填好的附件（.docx/.doc）导入数据（导入前自动备份当前数据）。",
        "加 --merge 时，把各部门分别填写的表格合并进来：只增加内容，不删除、不替换已有的内容。"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Option(names = "--merge", description = "合并各部门填写的表格（可给多个文件或文件夹）：空的项填入，已有的项补充，不删除任何内容")
    boolean merge;

    @Parameters(paramLabel = "FILE.xlsx", arity = "1..*", description = "要导入的文件（--merge 时可给多个文件或文件夹）")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        if (!merge && files.size() > 1) {
            throw new ChineseMessages.Worded(spec.commandLine(),
                    "一次只能导入一个文件；要把几个部门填写的表格合并进来，请加 --merge");
        }
        try (Workspace workspace = Workspace.open(data.folder())) {
            ImportService service = new ImportService(workspace);
            if (merge) {
                merge(service);
            } else {
                importOne(service, files.get(0));
            }
        }
        return 0;
    }

    private void importOne(ImportService service, Path file) {
        ImportPlan plan = service.plan(file);
        service.apply(plan);
        PrintWriter out = spec.commandLine().getOut();
        out.println("已导入“" + file.toAbsolutePath() + "”（填报单位“" + plan.result().unit().unitName() + "”）："
                + plan.summary() + "。");
        plan.unitNameChange().ifPresent(change -> out.println(
                "注意：填报单位由“" + change.from() + "”改为“" + change.to() + "”。"));
        plan.source().notes().forEach(note -> out.println("注意：" + note));
        if (!plan.emptied().isEmpty()) {
            out.println("注意：此文件中是空的 " + plan.emptied().size() + " 项已被清空（可从导入前的自动备份恢复）；"
                    + "要把各部门只填了自己那几项的表格合并进来，请用 tianbao import --merge。");
        }
    }

    private void merge(ImportService service) throws InterruptedException {
        MergePlan plan = service.planMerge(ReturnFiles.collect(files));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        plan.unread().forEach(u -> err.println(u.reason()));
        if (!plan.changesAnything()) {
            out.println("读取了 " + plan.read().size() + " 个文件，其中没有当前数据中还没有的内容，数据没有改变。");
            return;
        }
        service.apply(plan);
        out.println("已合并 " + plan.read().size() + " 个文件：" + plan.summary() + "。" + (plan.unread().isEmpty() ? ""
                : "无法读取、没有合并 " + plan.unread().size() + " 个："
                + plan.shortNames(plan.unread().stream().map(MergePlan.Unread::file).toList()) + "。"));
        for (MergePlan.Change change : plan.changes()) {
            out.println(change.kind().label() + "\t" + number(change) + "\t" + plan.shortNames(change.sources()));
        }
        if (!plan.filesAddingNothing().isEmpty()) {
            out.println("没有新内容的文件：" + plan.shortNames(plan.filesAddingNothing()) + "。");
        }
        plan.read().forEach(r -> r.notes().forEach(note -> out.println("请核对：“" + r.file().getFileName() + "”" + note)));
    }

    /** The row as the form numbers it (3.07), or an own row by its name. */
    private static String number(MergePlan.Change change) {
        return change.item().isLocal() ? "本单位工作“" + change.item().text() + "”" : change.item().id();
    }
}
