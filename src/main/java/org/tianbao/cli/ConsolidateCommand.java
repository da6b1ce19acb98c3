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
import org.tianbao.io.ArchiveUnpacker;
import org.tianbao.io.TextFiles;
import org.tianbao.model.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tianbao consolidate --out FILE.xlsx [--expect UNITS.txt] [--remind] [--unpack] FILE_OR_DIR...}. */
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

    @Option(names = "--unpack", description = "先把报来的 zip、7z 压缩包解压到各自旁边的同名文件夹，再汇总其中的文件")
    boolean unpack;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*", description = "报来的文件或文件夹")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserException("汇总结果文件“" + out + "”的扩展名应为 .xlsx。");
        }
        List<String> expected = expect == null ? List.of() : ExpectedUnits.parse(TextFiles.readChinese(expect));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> files = unpackArchives(ReturnFiles.collect(inputs), stdout, stderr);
        files.remove(out.toAbsolutePath().normalize());
        if (files.isEmpty()) {
            throw new UserException("给出的文件夹中没有表格文件（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps），没有写入“" + out.getFileName() + "”。");
        }
        Consolidation result = new Consolidator(BuiltInForms.current())
                .consolidate(files, expected, out, Typography.forThisComputer(), (done, total) -> { });
        ConsolidatedReturns r = result.returns();
        stdout.println("已汇总到“" + out.toAbsolutePath() + "”：" + r.units().size() + " 个单位；被较新文件替代 "
                + r.replacedCount() + " 个；" + (r.repeatedCount() == 0 ? "" : "重复 " + r.repeatedCount() + " 个；")
                + "无法读取 " + r.unreadable().size() + " 个。");
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

    /**
     * With --unpack, the zip and 7z archives among the files not yet unpacked are unpacked, as the 汇总 window's
     * 解压 does (each beside it, whole or not at all; one that fails stops no other), and the files collected
     * again; without it, the officer is told they are left out and how to have them read.
     */
    private List<Path> unpackArchives(List<Path> files, PrintWriter stdout, PrintWriter stderr) {
        List<Path> packed = files.stream()
                .filter(f -> ReturnFiles.isUnpackable(f) && ReturnFiles.unpackedInto(f).isEmpty()).toList();
        if (packed.isEmpty()) {
            return files;
        }
        if (!unpack) {
            stderr.println("注意：" + packed.size() + " 个压缩包尚未解压（" + String.join("、", packed.stream().limit(3)
                    .map(f -> "“" + f.getFileName() + "”").toList()) + (packed.size() > 3 ? "等" : "")
                    + "），其中的文件不会汇总：加 --unpack 可先解压到同名文件夹再汇总。");
            return files;
        }
        ArchiveUnpacker.Outcome outcome = ArchiveUnpacker.unpackAll(packed);
        outcome.unpacked().forEach(u -> stdout.println("已把“" + u.archive().getFileName() + "”解压到文件夹“"
                + u.folder().getFileName() + "”。"));
        outcome.failures().forEach(stderr::println);
        return ReturnFiles.collect(inputs);
    }
}
