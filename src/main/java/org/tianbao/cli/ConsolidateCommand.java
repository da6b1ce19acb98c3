package org.tianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.consolidate.Consolidator;
import org.tianbao.consolidate.ExpectedUnits;
import org.tianbao.consolidate.Reminder;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.Typography;
import org.tianbao.form.BuiltInForms;
import org.tianbao.io.TextFiles;
import org.tianbao.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tianbao consolidate --out FILE.xlsx [--expect UNITS.txt] [--remind] FILE_OR_DIR...}. */
@Command(name = "consolidate", description = "把多个单位报来的文件（或文件夹）汇总为一个工作簿。")
final class ConsolidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "汇总结果文件")
    Path out;

    @Option(names = "--expect", paramLabel = "UNITS.txt",
            description = "应报单位名单（文本文件，每行一个单位），列出未报送的单位")
    Path expect;

    @Option(names = "--remind", description = "最后写出催报通知：未报送的单位、各单位未填写的项")
    boolean remind;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "报来的文件或文件夹")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserException("汇总结果文件“" + out + "”的扩展名应为 .xlsx。");
        }
        List<String> expected = expect == null ? List.of() : ExpectedUnits.parse(TextFiles.readChinese(expect));
        List<Path> files = ReturnFiles.collect(inputs);
        files.remove(out.toAbsolutePath().normalize());
        if (files.isEmpty()) {
            throw new UserException("给出的文件夹中没有表格文件（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps），没有写入“" + out.getFileName() + "”。");
        }
        Consolidation result = new Consolidator(BuiltInForms.current())
                .consolidate(files, expected, out, Typography.forThisComputer(), (done, total) -> { });
        ConsolidatedReturns r = result.returns();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("已汇总到“" + out.toAbsolutePath() + "”：" + r.units().size() + " 个单位；被较新文件替代 "
                + r.replacedCount() + " 个；" + (r.repeatedCount() == 0 ? "" : "重复 " + r.repeatedCount() + " 个；")
                + "无法读取 " + r.unreadable().size() + " 个。");
        PrintWriter stderr = spec.commandLine().getErr();
        r.unreadable().forEach(u -> stderr.println(u.reason()));
        r.superseded().forEach(s -> stdout.println("“" + s.file().getFileName() + "”（" + s.unitName() + "）"
                + s.outcome() + "。"));
        r.skipped().forEach(s -> stdout.println("已跳过“" + s.file().getFileName() + "”：它" + s.described() + "。"));
        if (!r.missing().isEmpty()) {
            stdout.println("未报送（" + r.missing().size() + " 个单位）：" + String.join("、", r.missing().stream()
                    .map(unit -> unit + r.receivedInstead(unit).map(got -> "（" + got.sentence() + "）").orElse("")).toList()) + "。");
        }
        r.units().forEach(u -> u.notes().forEach(note -> stdout.println("请核对：“" + u.file().getFileName() + "”（"
                + u.unitName() + "）" + note)));
        if (remind) {
            stdout.println();
            stdout.println(Reminder.text(result, LocalDate.now()));
        }
        return 0;
    }
}
