package org.tianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tianbao.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tianbao export [--data DIR] [--unit 单位名称] --out FILE.xlsx}. */
@Command(name = "export", description = "把填好的表格导出为 .xlsx 附件。")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--unit", paramLabel = "单位名称", description = "填报单位（设置后保存在数据中）")
    String unit;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "导出的文件")
    Path out;

    @Override
    public Integer call() {
        throw new UserException("导出功能尚未提供（" + out + "）。");
    }
}
