package org.tianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.OtherPrograms;

/** {@code tianbao import --merge}: the departments' copies of the draft merged from a folder. */
class MergeCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path copy(Path draft, Path target, String row, String measures, String departments) throws Exception {
        OtherPrograms.rewrite(draft, target, rows -> {
            rows.stream().filter(cells -> cells.size() > 4 && cells.get(2).equals(row)).forEach(cells -> {
                cells.set(3, measures);
                cells.set(4, departments);
            });
            return rows;
        });
        return target;
    }

    @Test
    void theDepartmentsCopiesInAFolderAreMergedAndListedRowByRow() throws Exception {
        Path data = dir.resolve("county");
        try (Workspace county = Workspace.open(new DataFolder(data))) {
            county.forms().saveEntry("1.03", "整合专利、商标政策", List.of("县市场监督管理局"));
        }
        Path draft = dir.resolve("草稿.xlsx");
        assertThat(Cli.run("export", "--data", data.toString(), "--unit", "甲县市场监督管理局", "--out", draft.toString()))
                .isZero();
        Path returned = Files.createDirectories(dir.resolve("各部门"));
        copy(draft, returned.resolve("县科技局-2019年地方知识产权战略实施工作要点表.xlsx"), "开展知识产权区域布局试点，推进区域知识产权资源配置和政策优化调整",
                "组织区域布局试点申报", "县科技局");
        copy(draft, returned.resolve("县统计局-2019年地方知识产权战略实施工作要点表.xlsx"), "梳理整合专利、商标和地理标志政策、项目和平台",
                "整合专利、商标政策，建成服务窗口1个。", "县统计局");
        Files.writeString(returned.resolve("说明.xlsx"), "不是表格");
        // A department that sent the draft back untouched.
        Files.copy(draft, returned.resolve("县商务局-2019年地方知识产权战略实施工作要点表.xlsx"));

        assertThat(Cli.run("import", "--data", data.toString(), returned.resolve("县科技局.xlsx").toString(),
                returned.resolve("县统计局.xlsx").toString())).as("two files without --merge").isEqualTo(Cli.EXIT_USAGE);
        assertThat(console.stderr()).contains("一次只能导入一个文件；要把几个部门填写的表格合并进来，请加 --merge");

        assertThat(Cli.run("import", "--data", data.toString(), "--merge", returned.toString())).isZero();
        assertThat(console.stdout()).contains("已合并 3 个文件：填入 1 项、补充 1 项。无法读取、没有合并 1 个：说明.xlsx。",
                        "没有新内容的文件：县商务局.xlsx。")
                // Each row with the files it came from, by the short names the officer knows them by.
                .containsPattern("填入\t1\\.02\t县科技局\\.xlsx\\R").containsPattern("补充\t1\\.03\t县统计局\\.xlsx\\R");
        assertThat(console.stderr()).contains("说明.xlsx").doesNotContain("\tat ");
        try (Workspace county = Workspace.open(new DataFolder(data))) {
            FilledForm merged = county.forms().load();
            assertThat(merged.unit().unitName()).isEqualTo("甲县市场监督管理局");
            assertThat(merged.entry("1.02").orElseThrow().measures()).isEqualTo("组织区域布局试点申报");
            assertThat(merged.entry("1.03").orElseThrow().measures()).isEqualTo("整合专利、商标政策，建成服务窗口1个。");
            assertThat(merged.entry("1.03").orElseThrow().departments()).containsExactly("县市场监督管理局", "县统计局");
        }

        assertThat(Cli.run("import", "--data", data.toString(), "--merge", returned.toString())).isZero();
        assertThat(console.stdout()).contains("读取了 3 个文件，其中没有当前数据中还没有的内容，数据没有改变。");

        // Imported instead of merged, a department's copy empties the rows it does not fill, and says so.
        Path other = dir.resolve("other");
        assertThat(Cli.run("export", "--data", other.toString(), "--unit", "甲县市场监督管理局", "--out",
                dir.resolve("空.xlsx").toString())).isZero();
        assertThat(Cli.run("import", "--data", data.toString(), dir.resolve("空.xlsx").toString())).isZero();
        assertThat(console.stdout()).contains("注意：此文件中是空的 2 项已被清空（可从导入前的自动备份恢复）；"
                + "要把各部门只填了自己那几项的表格合并进来，请用 tianbao import --merge。");

        Path onlyBad = Files.createDirectories(dir.resolve("坏"));
        Files.writeString(onlyBad.resolve("说明.xlsx"), "不是表格");
        assertThat(Cli.run("import", "--data", data.toString(), "--merge", onlyBad.toString())).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(console.stderr()).contains("说明.xlsx");
    }
}
