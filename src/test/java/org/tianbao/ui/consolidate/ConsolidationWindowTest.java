package org.tianbao.ui.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.excel.SampleForms;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.excel.SampleReturns;
import org.tianbao.io.TestZips;
import org.tianbao.model.Entry;
import org.tianbao.model.FilledForm;
import org.tianbao.transfer.OtherPrograms;
import org.tianbao.ui.ContextMenus;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.WindowFixture;
import org.tianbao.ui.FxWait;
import org.tianbao.ui.Styles;

/** Runs a consolidation from the window: add a folder, start, see the units, charts and problem files. */
@ExtendWith(ApplicationExtension.class)
class ConsolidationWindowTest {

    @TempDir
    static Path dir;
    private ConsolidationWindow window;
    private Path folder;
    private Path out;

    /** What the window asked to keep as the list of units that owe a return. */
    private String remembered;

    @Start
    void start(Stage ignored) throws IOException {
        folder = Files.createDirectories(dir.resolve("returns"));
        out = dir.resolve("汇总结果.xlsx");
        OffsetDateTime t = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
        SampleReturns.write(SampleForms.filled("甲县市场监督管理局", 1), folder.resolve("甲.xlsx"), t, 1);
        // 乙 retyped a 工作内容 in another program: read as the official row, and said so.
        Path exported = SampleReturns.write(SampleForms.filled("乙县市场监督管理局", 2), dir.resolve("乙-原.xlsx"), t, 1);
        OtherPrograms.rewrite(exported, folder.resolve("乙.xlsx"), rows -> {
            rows.stream().filter(row -> row.size() > 2 && row.get(2).equals("加强海关知识产权保护"))
                    .forEach(row -> row.set(2, "加强海关的知识产权保护"));
            return rows;
        });
        // 丙 has no customs office: it answered 2.03 with 不涉及.
        FilledForm c = SampleForms.complete("丙县市场监督管理局");
        SampleReturns.write(new FilledForm(c.definition(), c.unit(), c.entries().stream()
                .map(e -> e.item().id().equals("2.03") ? new Entry(e.item(), "不涉及", List.of()) : e).toList()),
                folder.resolve("丙.xlsx"), t, 1);
        Files.writeString(folder.resolve("坏文件.xlsx"), "不是表格");
        Styles.install();
        window = ConsolidationWindow.show(null, dialogs(), "", text -> remembered = text);
        window.stage().setX(0);
        window.stage().setY(0);
        window.stage().requestFocus();
    }

    /** The folder for "添加文件夹", the result path for "保存". */
    private FileDialogs dialogs() {
        return WindowFixture.answering(Optional.empty(), Optional.of(out), Optional.of(folder));
    }

    @Test
    void aResultMovedAwayBeforeItIsOpenedIsSaidInADialog(FxRobot robot) throws Exception {
        robot.clickOn("#consolidate-add-folder");
        robot.clickOn("#consolidate-start");
        FxWait.until(60, () -> !robot.lookup("#consolidate-open").queryButton().isDisabled());
        Files.delete(out);

        for (String action : List.of("#consolidate-open", "打开所在文件夹")) {
            robot.clickOn(action);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DialogPane said = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(said.getHeaderText()).as(action).isEqualTo("无法打开");
            assertThat(said.getContentText()).as(action).contains("汇总结果.xlsx", "不存在");
            robot.clickOn("确定");
        }
    }

    @Test
    void consolidatesAFolderAndShowsCompletenessByUnitAndByItem(FxRobot robot) throws Exception {
        robot.clickOn("#consolidate-add-folder");
        robot.clickOn("#consolidate-start");
        FxWait.until(60, () -> !window.result().units().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.result().units().getItems()).extracting(p -> p.unitName())
                .containsExactly("丙县市场监督管理局", "甲县市场监督管理局", "乙县市场监督管理局");
        assertThat(window.result().units().getItems().get(0).filled()).isEqualTo(69);
        TableColumn<Consolidation.UnitProgress, ?> declared = window.result().units().getColumns().stream()
                .filter(col -> col.getText().equals("不涉及（编号）")).findFirst().orElseThrow();
        assertThat(declared.getCellData(0)).isEqualTo("2.03");
        assertThat(declared.getCellData(1)).isEqualTo("");
        assertThat(window.result().unitChart().getData().get(0).getData()).as("the names without their shared ending")
                .extracting(XYChart.Data::getXValue).containsExactly("丙县", "甲县", "乙县");
        assertThat(window.result().unitChart().getData().get(0).getData().get(0).getYValue().doubleValue()).isEqualTo(100.0);
        assertThat(window.result().itemChart().getData().get(0).getData()).hasSize(ConsolidationResultView.FEWEST_ITEMS);
        robot.clickOn("按工作内容");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().itemChart().getData().get(0).getData()).as("bars thick enough to see")
                .filteredOn(d -> d.getXValue().intValue() > 0)
                .isNotEmpty().allSatisfy(d -> assertThat(d.getNode().getLayoutBounds().getHeight()).isGreaterThan(6));
        javafx.scene.chart.CategoryAxis itemAxis = (javafx.scene.chart.CategoryAxis) window.result().itemChart().getYAxis();
        assertThat(FxWait.onFx(() -> List.copyOf(itemAxis.getTickMarks()))).as("every item's label shown")
                .hasSize(ConsolidationResultView.FEWEST_ITEMS)
                .allSatisfy(mark -> assertThat(mark.isTextVisible()).as(mark.getLabel()).isTrue());
        // A click on a bar says who to chase for that item.
        XYChart.Data<Number, String> firstBar = window.result().itemChart().getData().get(0).getData().get(0);
        robot.clickOn(firstBar.getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().itemDetail().getText()).startsWith(firstBar.getYValue().split(" ")[0] + " ")
                .contains(" 个单位中 " + firstBar.getXValue().intValue() + " 个填写");
        robot.clickOn("按单位");
        NumberAxis unitsAxis = (NumberAxis) window.result().itemChart().getXAxis();
        assertThat(unitsAxis.getUpperBound()).as("from none to every unit").isEqualTo(3.0);
        assertThat(unitsAxis.getTickLabelFormatter().toString(2.0)).isEqualTo("2");
        assertThat(window.result().problems().getItems()).hasSize(2);
        assertThat(window.result().problems().getItems().get(0)).contains("坏文件.xlsx");
        assertThat(window.result().problems().getItems().get(1)).startsWith("请核对：“乙.xlsx”（乙县市场监督管理局）")
                .contains("加强海关的知识产权保护", "略有不同");
        assertThat(robot.lookup("#consolidate-status").queryLabeled().getText()).contains("已汇总 3 个单位", "需核对 1 个文件");

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isEqualTo("汇总");
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
        // A cut list of empty rows is whole in the cell's tooltip.
        List<String[]> emptyCells = new ArrayList<>();
        for (Node n : robot.lookup("#consolidate-units .table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                    && c.getTableColumn().getText().equals("未填写（编号）") && c.getText() != null) {
                emptyCells.add(new String[] {c.getText(), c.getTooltip() == null ? null : c.getTooltip().getText()});
            }
        }
        assertThat(emptyCells).isNotEmpty().allSatisfy(c -> assertThat(c[1]).isEqualTo(c[0]));
        assertThat(emptyCells).extracting(c -> c[0]).contains(window.result().units().getItems().get(1).emptyRuns());
        // A unit's own file is a double-click away, its folder in the row's menu.
        List<Path> opened = new ArrayList<>();
        List<Path> shown = new ArrayList<>();
        robot.interact(() -> window.result().setFileActions(opened::add, shown::add));
        TableRow<?> jia = robot.lookup("#consolidate-units .table-row-cell")
                .match((TableRow<?> row) -> row.getItem() != null
                        && ((Consolidation.UnitProgress) row.getItem()).unitName().equals("甲县市场监督管理局"))
                .query();
        robot.doubleClickOn(jia);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(folder.resolve("甲.xlsx").toAbsolutePath().normalize());
        ContextMenus.rightClick(robot, jia);
        assertThat(ContextMenus.entries(robot)).containsExactly("打开文件", "打开所在文件夹");
        robot.clickOn(robot.lookup(".context-menu .menu-item .label")
                .match((Label l) -> l.getText().equals("打开所在文件夹")).queryAs(Label.class));
        assertThat(shown).containsExactly(folder.resolve("甲.xlsx").toAbsolutePath().normalize());

        // 催报通知: the units with rows still empty, by their places and the rows' numbers, copied for a message.
        robot.clickOn("#consolidate-remind");
        WaitForAsyncUtils.waitForFxEvents();
        String reminder = robot.lookup("#reminder-text").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(reminder).startsWith("关于报送《2019年地方知识产权战略实施工作要点表》的提醒")
                .contains("\n已报送，但尚有未填写的项", "甲县：未填写 ").doesNotContain("丙县", "尚未报送", "一、");
        // 丙县 wrote one sentence into every row: asked for, the reminder names it too.
        robot.clickOn("#reminder-repeats");
        assertThat(robot.lookup("#reminder-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("一、已报送，但尚有未填写的项", "二、有的工作内容具体举措与其他项一字不差", "丙县：")
                .endsWith("具体举措相同的项，请按各项工作分别填写。");
        robot.clickOn("#reminder-repeats");
        assertThat(robot.lookup("#reminder-text").queryAs(javafx.scene.control.TextArea.class).getText()).isEqualTo(reminder);
        robot.clickOn("复制并关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxWait.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(reminder);

        robot.clickOn("问题文件（2）");
        assertThat(frontTab(robot)).isEqualTo("问题文件（2）");
    }

    @Test
    void unitsOnTheListThatSentNothingAreNamed(FxRobot robot) throws Exception {
        try (XWPFDocument letter = new XWPFDocument(); OutputStream stream = Files.newOutputStream(folder.resolve("报送函.docx"))) {
            letter.createParagraph().createRun().setText("现将我县填报情况报上。");
            letter.write(stream);
        }
        // 戊县 sent only its stamped scan.
        Files.writeString(folder.resolve("戊县（盖章）.pdf"), "%PDF-1.4");
        robot.clickOn("#consolidate-expected");
        robot.clickOn("#expected-units").write("甲县、乙县、丙县、丁县、戊县市场监督管理局");
        assertThat(robot.lookup("共 5 个单位").tryQuery()).isPresent();
        robot.clickOn("确定");
        assertThat(robot.lookup("#consolidate-expected").queryButton().getText()).isEqualTo("应报单位（5）…");
        assertThat(remembered).isEqualTo("甲县\n乙县\n丙县\n丁县\n戊县市场监督管理局");

        robot.clickOn("#consolidate-add-folder");
        robot.clickOn("#consolidate-start");
        FxWait.until(60, () -> !window.result().units().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().problems().getItems()).startsWith(
                "未报送：丁县（在应报单位名单中，没有收到它的文件）", "未报送：戊县市场监督管理局（在应报单位名单中，"
                        + "没有收到可汇总的文件：收到的“戊县（盖章）.pdf”是 PDF 文件（如盖章后的扫描件），其中的表格无法读取）");
        assertThat(window.result().problems().getItems()).contains("已跳过：“报送函.docx”——它是不含这张表格的 Word 文档（如报送函）",
                "已跳过：“戊县（盖章）.pdf”——它是 PDF 文件（如盖章后的扫描件），其中的表格无法读取");
        assertThat(robot.lookup("#consolidate-status").queryLabeled().getText())
                .contains("未报送 2 个单位", "跳过 2 个无需汇总的文件");
        assertThat(robot.lookup("问题文件（" + (window.result().problems().getItems().size() - 2) + "）").tryQuery())
                .as("the passed-over files are listed, not counted").isPresent();
        // The file a line is about opens with a double-click (戊县's scan); a unit that sent nothing has none.
        List<Path> opened = new ArrayList<>();
        List<Path> shown = new ArrayList<>();
        robot.interact(() -> window.result().setFileActions(opened::add, shown::add));
        robot.clickOn("问题文件（" + (window.result().problems().getItems().size() - 2) + "）");
        WaitForAsyncUtils.waitForFxEvents();
        Path scan = folder.resolve("戊县（盖章）.pdf").toAbsolutePath().normalize();
        robot.doubleClickOn(problemLine(robot, "未报送：丁县"));
        robot.doubleClickOn(problemLine(robot, "未报送：戊县"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(scan);
        assertThat(problemLine(robot, "未报送：丁县").getContextMenu()).as("nothing to open").isNull();
        ContextMenus.rightClick(robot, problemLine(robot, "已跳过：“戊县"));
        robot.clickOn(robot.lookup(".context-menu .menu-item .label")
                .match((Label l) -> l.getText().equals("打开所在文件夹")).queryAs(Label.class));
        assertThat(shown).containsExactly(scan);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            StringBuilder status = new StringBuilder();
            wb.getSheet("填报情况").forEach(row -> row.forEach(c -> status.append(c.toString()).append('|')));
            assertThat(status).contains("丁县|", "戊县市场监督管理局|", "未报送|");
        }
    }

    @Test
    void aZipOfReturnsIsUnpackedFromItsLineAndReadTheNextTime(FxRobot robot) throws Exception {
        Path mail = Files.createDirectories(dir.resolve("邮件附件"));
        OffsetDateTime t = OffsetDateTime.parse("2026-11-21T09:00:00+08:00");
        SampleReturns.write(SampleForms.filled("庚县市场监督管理局", 7), mail.resolve("庚县.xlsx"), t, 1);
        Path ji = SampleReturns.write(SampleForms.filled("己县市场监督管理局", 6), dir.resolve("己县.xlsx"), t, 1);
        // As Chinese Windows zips a folder: the names in GBK.
        Path zip = TestZips.write(mail.resolve("己县报表.zip"), TestZips.WINDOWS_NAMES,
                java.util.Map.of("己县/己县-要点表.xlsx", Files.readAllBytes(ji)));
        robot.interact(() -> window.addSource(mail));
        robot.clickOn("#consolidate-start");
        FxWait.until(60, () -> !window.result().units().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().units().getItems()).extracting(p -> p.unitName()).containsExactly("庚县市场监督管理局");
        assertThat(window.result().problems().getItems())
                .containsExactly("压缩包：“己县报表.zip”尚未解压。右键这一行，选“解压到同名文件夹”：解压后重新汇总。");

        robot.clickOn("问题文件（1）");
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenus.rightClick(robot, problemLine(robot, "压缩包："));
        assertThat(ContextMenus.entries(robot)).containsExactly("解压到同名文件夹", "打开文件", "打开所在文件夹");
        robot.clickOn(robot.lookup(".context-menu .menu-item .label")
                .match((Label l) -> l.getText().equals("解压到同名文件夹")).queryAs(Label.class));
        // Unpacked, and the 汇总 runs again by itself, to the same file.
        FxWait.until(60, () -> window.result().units().getItems().size() == 2);
        assertThat(mail.resolve("己县报表/己县/己县-要点表.xlsx")).hasSameBinaryContentAs(ji);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().units().getItems()).extracting(p -> p.unitName())
                .containsExactly("庚县市场监督管理局", "己县市场监督管理局");
        assertThat(window.result().problems().getItems())
                .containsExactly("已跳过：“己县报表.zip”——它是已解压的压缩包：其中的文件从文件夹“己县报表”读取");
        robot.clickOn("问题文件（0）");
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenus.rightClick(robot, problemLine(robot, "已跳过："));
        assertThat(ContextMenus.entries(robot)).as("unpacked once").containsExactly("打开文件", "打开所在文件夹");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void whenEveryUnitSentAZipTheyAreListedToUnpackAndTheZipGivesWayToItsFolder(FxRobot robot) throws Exception {
        Path mail = Files.createDirectories(dir.resolve("单独添加"));
        Path xin = SampleReturns.write(SampleForms.filled("辛县市场监督管理局", 8), dir.resolve("辛县.xlsx"),
                OffsetDateTime.parse("2026-11-21T09:00:00+08:00"), 1);
        Path ren = SampleReturns.write(SampleForms.filled("壬县市场监督管理局", 9), dir.resolve("壬县.xlsx"),
                OffsetDateTime.parse("2026-11-21T09:00:00+08:00"), 1);
        Path zip = TestZips.write(mail.resolve("辛县.zip"), TestZips.WINDOWS_NAMES,
                java.util.Map.of("辛县-要点表.xlsx", Files.readAllBytes(xin)));
        // 壬县 used 7-Zip (or 360压缩's 7z).
        Path zip2 = TestZips.write7z(mail.resolve("壬县.7z"), java.util.Map.of("壬县-要点表.xlsx", Files.readAllBytes(ren)));
        robot.interact(() -> {
            window.addSource(zip);
            window.addSource(zip2);
        });
        robot.clickOn("#consolidate-start");
        // Nothing to consolidate: said, nothing written, and 问题文件 shows the archive to unpack.
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .startsWith("没有可汇总的文件：2 个文件中没有一个能读取为")
                .endsWith("没有写入“汇总结果.xlsx”。\n在“问题文件”中右键压缩包，解压后会重新汇总。");
        robot.clickOn("确定");
        assertThat(frontTab(robot)).as("问题文件 in front").startsWith("问题文件");
        assertThat(window.result().problems().getItems()).containsExactly(
                "压缩包：“辛县.zip”尚未解压。右键这一行，选“解压到同名文件夹”：解压后重新汇总。",
                "压缩包：“壬县.7z”尚未解压。右键这一行，选“解压到同名文件夹”：解压后重新汇总。");
        ContextMenus.rightClick(robot, problemLine(robot, "压缩包：“辛县.zip”"));
        assertThat(ContextMenus.entries(robot)).containsExactly("解压到同名文件夹", "解压全部压缩包（2 个）", "打开文件", "打开所在文件夹");
        robot.clickOn(robot.lookup(".context-menu .menu-item .label")
                .match((Label l) -> l.getText().equals("解压全部压缩包（2 个）")).queryAs(Label.class));
        // Unpacked, and the 汇总 runs again by itself, to the same file.
        FxWait.until(60, () -> !window.result().units().getItems().isEmpty());
        List<?> sources = robot.lookup("#consolidate-sources").queryListView().getItems();
        assertThat(List.<Object>copyOf(sources)).as("the zips added give way to their folders")
                .containsExactly(mail.resolve("辛县"), mail.resolve("壬县"));
        assertThat(robot.lookup("#consolidate-status").queryLabeled().getText()).startsWith("已汇总 2 个单位到“");
        assertThat(out).exists();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.result().units().getItems()).extracting(p -> p.unitName())
                .containsExactly("壬县市场监督管理局", "辛县市场监督管理局");
        assertThat(frontTab(robot)).as("按单位 in front again").isEqualTo("按单位");
    }

    /** The tab of the outcome in front (a tab's content stays visible when another tab hides it). */
    private static String frontTab(FxRobot robot) {
        return robot.lookup("#consolidate-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText();
    }

    private static javafx.scene.control.ListCell<?> problemLine(FxRobot robot, String start) {
        return robot.lookup("#consolidate-problems .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null && c.getItem().toString().startsWith(start))
                .query();
    }
}
