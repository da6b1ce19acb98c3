package org.tianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tianbao.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tianbao import [--data DIR] FILE.xlsx}. */
@Command(name = "import", description = "把导出并编辑过的 .xlsx/.xls 文件导入数据。")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Parameters(paramLabel = "FILE.xlsx", description = "要导入的文件")
    Path file;

    @Override
    public Integer call() {
        throw new UserException("导入功能尚未提供（" + file + "）。");
    }
}
