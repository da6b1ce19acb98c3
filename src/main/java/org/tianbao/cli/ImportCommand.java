package org.tianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ImportPlan;
import org.tianbao.transfer.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tianbao import [--data DIR] FILE.xlsx}. */
@Command(name = "import", description = "把导出（并可能编辑过）的 .xlsx/.xls 文件，或在 Word 中填好的附件（.docx/.doc）导入数据（导入前自动备份当前数据）。")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Parameters(paramLabel = "FILE.xlsx", description = "要导入的文件")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = Workspace.open(data.folder())) {
            ImportService service = new ImportService(workspace);
            ImportPlan plan = service.plan(file);
            service.apply(plan);
            var out = spec.commandLine().getOut();
            out.println("已导入“" + file.toAbsolutePath() + "”（填报单位“" + plan.result().unit().unitName() + "”）："
                    + plan.summary() + "。");
            plan.unitNameChange().ifPresent(change -> out.println(
                    "注意：填报单位由“" + change.from() + "”改为“" + change.to() + "”。"));
            plan.source().notes().forEach(note -> out.println("注意：" + note));
        }
        return 0;
    }
}
