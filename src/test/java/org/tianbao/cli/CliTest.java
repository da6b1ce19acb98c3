package org.tianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.app.LaunchOptions;
import org.tianbao.model.UserException;
import org.tianbao.transfer.OtherPrograms;

class CliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    @Test
    void versionPrintsTheNameAndVersion() {
        assertThat(Cli.run("--version")).isZero();
        assertThat(stdout()).contains("填报通").containsPattern("\\d+\\.\\d+");
    }

    @Test
    void aMissingOptionIsOneChineseSentenceWithUsageExitCode() {
        assertThat(Cli.run("export", "--data", dir.toString())).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).startsWith("命令行有误：缺少 --out").contains("tianbao export --help")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void exportThenImportElsewhereSaysWhatChangedAndWhenTheUnitIsAnother() {
        Path file = dir.resolve("甲县.xlsx");
        assertThat(Cli.run("export", "--data", dir.resolve("a").toString(), "--unit", "甲县市场监督管理局",
                "--out", file.toString())).isZero();
        assertThat(stdout()).contains("已导出", "甲县市场监督管理局");
        assertThat(Cli.run("export", "--data", dir.resolve("b").toString(), "--unit", "乙县市场监督管理局",
                "--out", dir.resolve("乙县.xlsx").toString())).isZero();

        assertThat(Cli.run("import", "--data", dir.resolve("b").toString(), file.toString())).isZero();
        assertThat(stdout()).contains("已导入", "不变 69 项", "注意：填报单位由“乙县市场监督管理局”改为“甲县市场监督管理局”。");
        assertThat(stderr()).isEmpty();
    }

    /** A unit's return as it exports the form untouched, from a data folder of its own under the test's. */
    private Path exportBlank(String data, String unit, Path file) {
        assertThat(Cli.run("export", "--data", dir.resolve(data).toString(), "--unit", unit, "--out", file.toString()))
                .isZero();
        return file;
    }

    @Test
    void consolidateWritesTheWorkbookAndNamesWhatToCheck() throws Exception {
        Path returns = java.nio.file.Files.createDirectories(dir.resolve("returns"));
        exportBlank("a", "甲县市场监督管理局", returns.resolve("甲县.xlsx"));
        Path yi = exportBlank("b", "乙县市场监督管理局", dir.resolve("乙县-原.xlsx"));
        OtherPrograms.rewrite(yi, returns.resolve("乙县.xlsx"), rows -> {
            rows.stream().filter(row -> row.size() > 2 && row.get(2).equals("加强海关知识产权保护"))
                    .forEach(row -> row.set(2, "加强海关的知识产权保护"));
            return rows;
        });
        java.nio.file.Files.writeString(returns.resolve("坏.xlsx"), "不是表格");
        try (var letter = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = java.nio.file.Files.newOutputStream(returns.resolve("报送函.docx"))) {
            letter.createParagraph().createRun().setText("现将我县填报情况报上。");
            letter.write(out);
        }
        Path out = dir.resolve("汇总.xlsx");
        // Saved by Notepad on a Chinese Windows: GBK, not UTF-8.
        Path expect = dir.resolve("应报单位.txt");
        java.nio.file.Files.write(expect, "甲县\r\n乙县\r\n丙县\r\n".getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThat(Cli.run("consolidate", "--out", out.toString(), "--expect", expect.toString(), returns.toString())).isZero();
        assertThat(out).isRegularFile();
        assertThat(stdout()).contains("2 个单位", "无法读取 1 个")
                .contains("请核对：“乙县.xlsx”（乙县市场监督管理局）第 ").contains("“加强海关的知识产权保护”与附件原文")
                .contains("未报送（1 个单位）：丙县。").contains("已跳过“报送函.docx”：它是不含这张表格的 Word 文档（如报送函）。");
        assertThat(stderr()).contains("坏.xlsx").doesNotContain("\tat ");
        assertThat(stdout()).doesNotContain("提醒");

        // --remind ends with the reminder to send round: both units exported blank forms.
        assertThat(Cli.run("consolidate", "--out", out.toString(), "--expect", expect.toString(), "--remind",
                returns.toString())).isZero();
        assertThat(stdout()).contains("的提醒（截至", "一、尚未报送（1 个单位）：丙县。", "甲县：全部 69 项都未填写",
                "乙县：全部 69 项都未填写");
    }

    @Test
    void consolidateUnpacksArchivesWhenAskedAndOtherwiseSaysHow() throws Exception {
        Path returns = java.nio.file.Files.createDirectories(dir.resolve("returns"));
        exportBlank("a", "甲县市场监督管理局", returns.resolve("甲县.xlsx"));
        Path yi = exportBlank("b", "乙县市场监督管理局", dir.resolve("乙县.xlsx"));
        // Sent as Chinese Windows' 发送到 → 压缩(zipped)文件夹 packs it: names in GBK.
        org.tianbao.io.TestZips.write(returns.resolve("乙县报表.zip"), org.tianbao.io.TestZips.WINDOWS_NAMES,
                java.util.Map.of("乙县/乙县.xlsx", java.nio.file.Files.readAllBytes(yi)));
        Path out = dir.resolve("汇总.xlsx");

        assertThat(Cli.run("consolidate", "--out", out.toString(), returns.toString())).isZero();
        assertThat(stdout()).contains("1 个单位");
        assertThat(stderr()).contains("注意：1 个压缩包尚未解压（“乙县报表.zip”），其中的文件不会汇总：加 --unpack 可先解压到同名文件夹再汇总。");
        assertThat(returns.resolve("乙县报表")).doesNotExist();

        console.clear();
        assertThat(Cli.run("consolidate", "--unpack", "--out", out.toString(), returns.toString())).isZero();
        assertThat(returns.resolve("乙县报表/乙县/乙县.xlsx")).isRegularFile();
        assertThat(stdout()).contains("已把“乙县报表.zip”解压到文件夹“乙县报表”。", "2 个单位", "无法读取 0 个")
                .contains("已跳过“乙县报表.zip”：它是已解压的压缩包");
        assertThat(stderr()).isEmpty();

        // Once unpacked, it is read through its folder without asking again.
        console.clear();
        assertThat(Cli.run("consolidate", "--out", out.toString(), returns.toString())).isZero();
        assertThat(stdout()).contains("2 个单位").doesNotContain("已把");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void theDepartmentTasksAreExportedWithDepartments() throws Exception {
        Path data = dir.resolve("e");
        try (var ws = org.tianbao.store.Workspace.open(new org.tianbao.store.DataFolder(data))) {
            ws.forms().saveEntry("1.02", "开展区域布局试点", java.util.List.of("县科技局", "县财政局"));
            ws.forms().saveEntry("1.04", "建设集聚区", java.util.List.of());
        }
        Path out = dir.resolve("分工.xlsx");
        assertThat(Cli.run("export", "--data", data.toString(), "--departments", "--out", out.toString())).isZero();
        assertThat(stdout()).contains("已导出部门分工表", "2 个责任部门，另有 1 项尚未确定责任部门。");
        try (var in = java.nio.file.Files.newInputStream(out);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("部门分工");
            assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("县科技局");
        }
        // Nothing written yet: one sentence, no file.
        Path none = dir.resolve("空.xlsx");
        assertThat(Cli.run("export", "--data", dir.resolve("f").toString(), "--departments", "--out", none.toString()))
                .isNotZero();
        assertThat(stderr()).contains("部门分工表无内容可列").doesNotContain("\tat ");
        assertThat(none).doesNotExist();
    }

    @Test
    void anExportSaysHowManyRowsAreLeftAndHowManyTheUnitDeclaredNotApplicable() throws Exception {
        Path data = dir.resolve("g");
        try (var ws = org.tianbao.store.Workspace.open(new org.tianbao.store.DataFolder(data))) {
            ws.forms().saveEntry("1.02", "开展区域布局试点", java.util.List.of("县科技局"));
            ws.forms().saveEntry("2.03", "不涉及", java.util.List.of());
            ws.forms().saveEntry("2.04", "本县无此项工作", java.util.List.of());
        }
        assertThat(Cli.run("export", "--data", data.toString(), "--unit", "甲县市场监督管理局",
                "--out", dir.resolve("甲县.xlsx").toString())).isZero();
        assertThat(stdout()).contains("第 1 次导出，还有 66 项未填写完整；2 项本单位不涉及。").doesNotContain("注意");
        assertThat(ExportCommand.completeness(0, 2)).isEqualTo("各项均已填写（2 项本单位不涉及）。");
        assertThat(ExportCommand.completeness(0, 0)).isEqualTo("各项均已填写。");
    }

    @Test
    void anExportNamesRowsWhoseMeasuresRepeatAnothersWordForWord() throws Exception {
        Path data = dir.resolve("g2");
        try (var ws = org.tianbao.store.Workspace.open(new org.tianbao.store.DataFolder(data))) {
            ws.forms().saveEntry("1.02", "开展宣传活动 3 次。", java.util.List.of("县科技局"));
            ws.forms().saveEntry("4.01", "开展宣传活动3次。", java.util.List.of("县科技局"));
            ws.forms().addLocalItem(new org.tianbao.model.WorkItem("L-1", 5, "建设知识产权信息公共服务网点", org.tianbao.model.WorkItem.Kind.LOCAL));
            ws.forms().saveEntry("L-1", "开展宣传活动 3次。", java.util.List.of());
        }
        assertThat(Cli.run("export", "--data", data.toString(), "--out", dir.resolve("乙.xlsx").toString())).isZero();
        assertThat(stdout()).contains("注意：3 项的具体举措与其他项相同：1.02 同 4.01，4.01 同 1.02，“建设知识产权信息…” 同 1.02。");
    }

    @Test
    void markChangesShowsWhatChangedSinceTheLastExportInRed() throws Exception {
        Path data = dir.resolve("h");
        Path first = dir.resolve("第一次.xlsx");
        assertThat(Cli.run("export", "--data", data.toString(), "--unit", "甲县市场监督管理局", "--mark-changes",
                "--out", first.toString())).isNotZero();
        assertThat(stderr()).contains("还没有导出过这张表").doesNotContain("\tat ");
        assertThat(first).doesNotExist();

        assertThat(Cli.run("export", "--data", data.toString(), "--out", first.toString())).isZero();
        assertThat(Cli.run("export", "--data", data.toString(), "--mark-changes", "--out", first.toString())).isZero();
        assertThat(stdout()).contains("上一次导出以来没有修改，没有标红的内容。");
        try (var ws = org.tianbao.store.Workspace.open(new org.tianbao.store.DataFolder(data))) {
            ws.forms().saveEntry("1.02", "开展区域布局试点", java.util.List.of("县科技局"));
        }
        Path second = dir.resolve("更正.docx");
        assertThat(Cli.run("export", "--data", data.toString(), "--mark-changes", "--out", second.toString())).isZero();
        assertThat(stdout()).contains("第 3 次导出", "已用红色字标出修改的 1 项。");
        // The corrected version exported again (as a workbook too) shows the same.
        assertThat(Cli.run("export", "--data", data.toString(), "--mark-changes",
                "--out", dir.resolve("更正.xlsx").toString())).isZero();
        assertThat(stdout()).contains("第 4 次导出", "已用红色字标出修改的 1 项。");
        assertThat(Cli.run("export", "--data", data.toString(), "--departments", "--mark-changes",
                "--out", dir.resolve("分工.xlsx").toString())).isNotZero();
        assertThat(stderr()).contains("部门分工表不标出修改");
    }

    @Test
    void anExportToADocxIsTheWordDocument() {
        assertThat(Cli.run("export", "--data", dir.resolve("a").toString(), "--unit", "甲县市场监督管理局",
                "--out", dir.resolve("甲县.xlsx").toString())).isZero();
        // Named by its extension; another extension is refused.
        Path word = dir.resolve("甲县.docx");
        assertThat(Cli.run("export", "--data", dir.resolve("a").toString(), "--out", word.toString())).isZero();
        assertThat(new org.tianbao.excel.AttachmentReader(org.tianbao.excel.SampleForms.form()).read(word).unitName())
                .isEqualTo("甲县市场监督管理局");
        assertThat(Cli.run("export", "--data", dir.resolve("a").toString(), "--out", dir.resolve("甲县.pdf").toString()))
                .isNotZero();
        assertThat(stderr()).contains("扩展名应为 .xlsx（Word 文档为 .docx）");
    }

    @Test
    void anExportWithoutAUnitSaysHowToSetOne() {
        assertThat(Cli.run("export", "--data", dir.resolve("d").toString(), "--out", dir.resolve("a.xlsx").toString()))
                .isZero();
        assertThat(stdout()).contains("尚未设置填报单位（可用 --unit 设置）").doesNotContain("填报单位“”");
    }

    @Test
    void aDataFolderThatIsAFileIsNamedInOneSentence() throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("data.xlsx"), "x");
        assertThat(Cli.run("export", "--data", file.toString(), "--out", dir.resolve("a.xlsx").toString())).isEqualTo(1);
        assertThat(stderr().strip()).isEqualTo("数据文件夹“" + file + "”其实是一个文件，不是文件夹，填报通不能在其中保存数据。请指定一个文件夹。");
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
    }

    @Test
    void aUnitOfAnotherLevelThanTheDepartmentNamesIsToldHowToRenameThem() {
        String data = dir.resolve("e").toString();
        assertThat(Cli.run("export", "--data", data, "--unit", "开阳县市场监督管理局", "--out",
                dir.resolve("a.xlsx").toString())).isZero();
        assertThat(stdout()).doesNotContain("部门名称改为本单位级别");
        assertThat(Cli.run("export", "--data", data, "--unit", "白云区市场监督管理局", "--out",
                dir.resolve("b.xlsx").toString())).isZero();
        assertThat(stdout()).contains("注意：填报单位是区级单位，部门词典中却是县级部门名称；"
                + "可在窗口中用 编辑 → 部门名称改为本单位级别 改为区级名称。");
    }

    @Test
    void theHelpEveryErrorPointsToIsThereInChinese() {
        assertThat(Cli.run("export", "--data", dir.toString())).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).contains("运行 tianbao export --help 查看用法");
        for (String command : java.util.List.of("export", "import", "consolidate", "refs")) {
            assertThat(Cli.run(command, "--help")).as(command).isZero();
            assertThat(stdout()).contains("用法：tianbao " + command).contains("显示用法说明并退出");
        }
        assertThat(stdout()).contains("--expect=UNITS.txt", "%LOCALAPPDATA%\\Tianbao");
        assertThat(stderr()).doesNotContain("WARN");
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThat(Cli.run("consolidate", "--out", "x.xlsx", "--frobnicate", "a")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).contains("无法识别的参数“--frobnicate");
    }

    @Test
    void commandsAreRecognisedAndWindowStartsAreNot() {
        assertThat(Cli.handles(new String[] {"export"})).isTrue();
        assertThat(Cli.handles(new String[] {"--version"})).isTrue();
        assertThat(Cli.handles(new String[] {})).isFalse();
        assertThat(Cli.handles(new String[] {"--smoke", "--data", "x"})).isFalse();
        assertThat(Cli.handles(new String[] {"报表.xlsx"})).isFalse();
    }

    @Test
    void windowOptionsAreParsedAndBadOnesRefusedInChinese() {
        LaunchOptions options = LaunchOptions.parse("--smoke", "--data", dir.toString(), "a.xlsx");
        assertThat(options.smoke()).isTrue();
        assertThat(options.dataFolder().root()).isEqualTo(dir.toAbsolutePath());
        assertThat(options.files()).containsExactly(Path.of("a.xlsx"));
        assertThat(LaunchOptions.parse("--data=" + dir).dataDir()).contains(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--data"))
                .isInstanceOf(UserException.class).hasMessageContaining("--data");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--nope"))
                .isInstanceOf(UserException.class).hasMessageContaining("--nope");
        // --data=$DIR with the variable unset: refused, not the current folder.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--data="))
                .isInstanceOf(UserException.class).hasMessageContaining("--data 后面的数据文件夹路径是空的");
        // What the system cannot take as a path (on Windows, say a<b.xlsx): one sentence, no trace.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("a\u0000b.xlsx"))
                .isInstanceOf(UserException.class).hasMessageEndingWith("不是有效的文件路径。");
    }

    @Test
    void anEmptyDataFolderIsRefusedNotTakenAsTheCurrentFolder() {
        Path out = dir.resolve("空.xlsx");
        for (String[] args : java.util.List.of(new String[] {"export", "--data=", "--out", out.toString()},
                new String[] {"export", "--data", " ", "--out", out.toString()},
                new String[] {"import", "--data", "", out.toString()})) {
            console.clear();
            assertThat(Cli.run(args)).as(String.join(" ", args)).isEqualTo(Cli.EXIT_USAGE);
            assertThat(stderr()).startsWith("命令行有误：--data 后面的数据文件夹路径是空的：请写出文件夹，或去掉 --data 使用默认的数据文件夹。")
                    .doesNotContain("\tat ");
        }
        assertThat(out).doesNotExist();
        // Any other path left empty, as well.
        console.clear();
        assertThat(Cli.run("consolidate", "--out", out.toString(), "")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).startsWith("命令行有误：FILE_OR_DIR 的值无效：路径是空的。");
        console.clear();
        assertThat(Cli.run("export", "--data", dir.resolve("a").toString(), "--out=")).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).startsWith("命令行有误：--out FILE.xlsx 的值无效：路径是空的。");
        console.clear();
        assertThat(Cli.run("export", "--data", "数据\u0000夹", "--out", out.toString())).isEqualTo(Cli.EXIT_USAGE);
        assertThat(stderr()).startsWith("命令行有误：“数据").contains("”不是有效的文件夹路径。").doesNotContain("\tat ");
    }
}
