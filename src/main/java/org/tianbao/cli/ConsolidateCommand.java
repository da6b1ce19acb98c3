package org.tianbao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tianbao.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tianbao consolidate --out FILE.xlsx FILE_OR_DIR...}. */
@Command(name = "consolidate", description = "把多个单位报来的文件汇总为一个工作簿。")
final class ConsolidateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "汇总结果文件")
    Path out;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "报来的文件或文件夹")
    List<Path> inputs;

    @Override
    public Integer call() {
        throw new UserException("汇总功能尚未提供（" + out + "）。");
    }
}
