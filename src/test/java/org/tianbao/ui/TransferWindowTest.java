package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tianbao.excel.AttachmentReader;
import org.tianbao.excel.ReturnedForm;
import org.tianbao.excel.Typography;
import org.tianbao.model.FilledForm;
import org.tianbao.model.UnitInfo;
import org.tianbao.transfer.ExportService;
import org.tianbao.transfer.OtherPrograms;

/** Export and import from the window: the pre-export check, the file written, the import preview. */
class TransferWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    private void fill(FxRobot robot, String unit) {
        robot.interact(() -> {
            var session = fixture.window().session();
            session.updateUnit(new UnitInfo(unit, "李四", "0571-1234567"));
            session.item("1.03").orElseThrow().measuresProperty().set("整合专利、商标政策，形成一个窗口。");
            session.item("1.03").orElseThrow().departments().setAll("县市场监督管理局（知识产权局）", "县科技局");
            session.item("2.03").orElseThrow().measuresProperty().set("开展执法行动。");
            session.item("2.03").orElseThrow().departments().setAll("县公安局");
            session.saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
    }

    private String header(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    @Test
    void measuresPastedIntoSeveralRowsAreShownBeforeTheExport(FxRobot robot) {
        fill(robot, "某县市场监督管理局");
        robot.interact(() -> {
            var session = fixture.window().session();
            int n = 0;
            for (var row : session.items()) {
                row.measuresProperty().set("第 " + (++n) + " 项的举措。");
                row.departments().setAll("县科技局");
            }
            session.item("1.05").orElseThrow().measuresProperty().set("开展宣传活动 3 次。");
            session.item("3.01").orElseThrow().measuresProperty().set("开展宣传活动3次。\n");
            // 不涉及 twice is an answer, not a paragraph pasted twice.
            session.item("2.01").orElseThrow().measuresProperty().set("不涉及");
            session.item("2.02").orElseThrow().measuresProperty().set("不涉及");
        });
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.cancelling()));

        robot.clickOn("#export-button");
        assertThat(header(robot)).isEqualTo("2 项的具体举措与其他项相同");
        List<String> tags = robot.lookup("#export-incomplete-list .list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.getItem() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> ((Label) c.lookup(".tb-tag")).getText()).toList();
        assertThat(tags).containsExactly("举措与 3.01 相同", "举措与 1.05 相同");
        Node second = robot.lookup("#export-incomplete-list .list-cell")
                .match(n -> n instanceof ListCell<?> c && c.getIndex() == 1).query();
        robot.doubleClickOn(second);
        assertThat(fixture.window().navigator().selectedItemProperty().get().id()).isEqualTo("3.01");
    }

    @Test
    void exportShowsWhatIsEmptyThenWritesTheAttachment(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        robot.interact(() -> fixture.window().session().item("1.01").orElseThrow().measuresProperty().set("只写了举措"));
        Path target = dir.resolve("out.xlsx");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));

        robot.clickOn("#export-button");
        assertThat(header(robot)).isEqualTo("还有 67 项未填写完整");
        ListView<?> list = robot.lookup("#export-incomplete-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(67);
        // What each row lacks stays in view at its right, inside the list.
        Bounds inList = list.localToScreen(list.getBoundsInLocal());
        List<Label> lacks = robot.from(list).lookup(".tb-tag").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).toList();
        assertThat(lacks).extracting(Label::getText).contains("未填写", "缺责任部门");
        assertThat(lacks).allSatisfy(l -> assertThat(l.localToScreen(l.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(inList.getMaxX()));
        robot.clickOn("仍然导出");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("导出完成");
        robot.clickOn("确定");

        ReturnedForm back = new AttachmentReader(fixture.workspace().forms().definition()).read(target);
        assertThat(back.unitName()).isEqualTo("某县市场监督管理局");
        assertThat(back.form().entry("1.03").orElseThrow().measures()).isEqualTo("整合专利、商标政策，形成一个窗口。");
        assertThat(back.form().entry("1.03").orElseThrow().departments())
                .containsExactly("县市场监督管理局（知识产权局）", "县科技局");
        assertThat(back.form().unit().reporter()).isEqualTo("李四");
    }

    @Test
    void anExportMovedAwayBeforeItIsOpenedIsSaidInADialog(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        Path target = dir.resolve("已移走.xlsx");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));
        robot.clickOn("#export-button");
        robot.clickOn("仍然导出");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("导出完成");
        // Moved into another folder (or deleted) while the message waited.
        Files.delete(target);

        robot.clickOn("打开文件");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane said = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(said.getHeaderText()).isEqualTo("无法打开");
        assertThat(said.getContentText()).contains("已移走.xlsx", "不存在");
        robot.clickOn("确定");
    }

    /** The texts of the tree's rows shown as changed since the last export. */
    private static List<String> changedRows(FxRobot robot) {
        return robot.lookup(".tb-nav-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() != null
                        && c.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("changed")))
                .queryAllAs(javafx.scene.control.TreeCell.class).stream().map(c -> c.getText()).toList();
    }

    @Test
    void aCorrectedReturnIsExportedWithItsChangesInRed(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        robot.clickOn("文件").clickOn("导出并标出修改（红色字）…");
        assertThat(header(robot)).isEqualTo("还没有导出过");
        robot.clickOn("确定");

        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(dir.resolve("第一次.xlsx"))));
        robot.clickOn("#export-button");
        robot.clickOn("仍然导出");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");
        robot.clickOn("文件").clickOn("导出并标出修改（红色字）…");
        assertThat(header(robot)).isEqualTo("没有修改");
        robot.clickOn("确定");

        // The city asks for a correction of 2.03: the tree marks the row as changed since the export.
        robot.interact(() -> fixture.window().session().item("2.03").orElseThrow().measuresProperty().set("开展执法行动 3 次。"));
        robot.interact(() -> fixture.window().navigator().select(fixture.window().session().item("2.03").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changedRows(robot)).containsExactly(fixture.window().session().item("2.03").orElseThrow().text());
        Label count = robot.lookup("#changed-since-export").queryAs(Label.class);
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText().strip()).isEqualTo("上次导出后修改了 1 项");
        Path target = dir.resolve("更正");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));
        robot.clickOn("文件").clickOn("导出并标出修改（红色字）…");
        assertThat(header(robot)).isEqualTo("导出并标出修改");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).startsWith("自")
                .contains("第 1 次导出以来修改了 1 项");
        assertThat(robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Labeled.class))
                .allSatisfy(b -> assertThat(((javafx.scene.text.Text) b.lookup(".text")).getText()).isEqualTo(b.getText()));
        robot.clickOn("导出 Word 文档（.docx）");
        assertThat(header(robot)).isEqualTo("还有 67 项未填写完整");
        robot.clickOn("仍然导出");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("导出完成");
        robot.clickOn("确定");

        try (var in = java.nio.file.Files.newInputStream(dir.resolve("更正.docx"));
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> red = doc.getTables().get(0).getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                    .filter(run -> "FF0000".equals(run.getColor())).map(Object::toString).toList();
            assertThat(red).containsExactly("开展执法行动 3 次。");
        }
        assertThat(changedRows(robot)).as("exported: nothing changed since").isEmpty();
        assertThat(robot.lookup("#changed-since-export").queryAs(Label.class).isVisible()).isFalse();
        // Asked again (for the workbook too), it still compares with the version sent before.
        robot.clickOn("文件").clickOn("导出并标出修改（红色字）…");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("第 1 次导出以来修改了 1 项");
        robot.clickOn("取消");

        // The window reads the last export when it opens (here: reloads, as after an import).
        robot.interact(() -> {
            fixture.window().session().item("2.04").orElseThrow().measuresProperty().set("新写的举措");
            fixture.window().session().saves().flushAll();
        });
        assertThat(fixture.awaitSaved()).isTrue();
        robot.interact(() -> fixture.window().reload());
        robot.interact(() -> fixture.window().navigator().select(fixture.window().session().item("2.04").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changedRows(robot)).containsExactly(fixture.window().session().item("2.04").orElseThrow().text());
    }

    @Test
    void theAttachmentIsExportedAsAWordDocumentAfterTheSameCheck(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        Path target = dir.resolve("某县");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));
        robot.clickOn("文件").clickOn("导出为 Word 文档（.docx）…");
        assertThat(header(robot)).isEqualTo("还有 67 项未填写完整");
        robot.clickOn("仍然导出");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("导出完成");
        robot.clickOn("确定");

        ReturnedForm back = new AttachmentReader(fixture.workspace().forms().definition()).read(dir.resolve("某县.docx"));
        assertThat(back.unitName()).isEqualTo("某县市场监督管理局");
        assertThat(back.form().entry("1.03").orElseThrow().departments())
                .containsExactly("县市场监督管理局（知识产权局）", "县科技局");
        assertThat(back.metadata()).isPresent();
    }

    @Test
    void theDepartmentTasksAreExportedFromTheFileMenu(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        // Typed just now: the export writes what is pending first.
        robot.interact(() -> fixture.window().session().item("2.03").orElseThrow().measuresProperty().set("开展执法行动，查处案件20件。"));
        Path target = dir.resolve("分工");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));
        robot.clickOn("文件").clickOn("导出部门分工表（.xlsx）…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header(robot)).isEqualTo("导出完成");
        robot.clickOn("确定");

        Path written = dir.resolve("分工.xlsx");
        try (var in = Files.newInputStream(written); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("部门分工");
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> departments = new ArrayList<>();
            List<String> measures = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                departments.add(formatter.formatCellValue(sheet.getRow(r).getCell(0)));
                measures.add(formatter.formatCellValue(sheet.getRow(r).getCell(4)));
            }
            // In the dictionary's order (科技, 公安, …, 市场监管), not the form's.
            assertThat(departments).containsExactly("县科技局", "县公安局", "县市场监督管理局（知识产权局）");
            assertThat(measures).containsExactly("整合专利、商标政策，形成一个窗口。", "开展执法行动，查处案件20件。",
                    "整合专利、商标政策，形成一个窗口。");
        }
    }

    /** Fills two rows and asks for an export, which first lists the rows still empty; no file is chosen yet. */
    private Path openExportCheck(FxRobot robot) {
        fill(robot, "某县市场监督管理局");
        Path target = dir.resolve("never.xlsx");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(target)));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        return target;
    }

    @Test
    void theCheckCanTakeTheOfficerToTheFirstEmptyItemInstead(FxRobot robot) {
        Path target = openExportCheck(robot);
        robot.clickOn("转到所选项");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window().navigator().selectedItemProperty().get().id()).isEqualTo("1.01");
        assertThat(target).doesNotExist();
    }

    @Test
    void aDoubleClickedRowOfTheCheckIsTheOneOpened(FxRobot robot) {
        Path target = openExportCheck(robot);
        Node third = robot.lookup("#export-incomplete-list .list-cell").match(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof org.tianbao.ui.edit.ItemModel i && i.id().equals("1.04")).query();
        robot.doubleClickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-incomplete-list").tryQuery()).isEmpty();
        assertThat(fixture.window().navigator().selectedItemProperty().get().id()).isEqualTo("1.04");
        assertThat(target).doesNotExist();
    }

    @Test
    void anotherUnitsReturnIsFlaggedBeforeImportAndCancellingChangesNothing(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        Path theirs = new ExportService(fixture.workspace()).export(dir.resolve("theirs.xlsx"), Typography.DEFAULT).file();
        fill(robot, "黔东县市场监督管理局");
        robot.interact(() -> fixture.window().session().item("1.03").orElseThrow().measuresProperty().set("本县的举措"));
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(theirs)));

        robot.clickOn("文件").clickOn("导入表格…");
        Label other = robot.lookup("#import-other-unit").queryAs(Label.class);
        assertThat(other.getText()).contains("“某县市场监督管理局”的表格", "当前数据属于“黔东县市场监督管理局”");
        // The changes table has the room its columns ask for.
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getWidth()).isGreaterThanOrEqualTo(900);
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window().stage().getTitle()).endsWith("黔东县市场监督管理局");
        FilledForm stored = fixture.workspace().forms().load();
        assertThat(stored.unit().unitName()).isEqualTo("黔东县市场监督管理局");
        assertThat(stored.entry("1.03").orElseThrow().measures()).isEqualTo("本县的举措");
    }

    @Test
    void importShowsTheChangesAndAppliesThemAllAtOnce(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        Path exported = new ExportService(fixture.workspace()).export(dir.resolve("e.xlsx"), Typography.DEFAULT).file();
        Path edited = dir.resolve("edited.xlsx");
        OtherPrograms.rewrite(exported, edited, rows -> {
            List<List<String>> out = new ArrayList<>(rows);
            for (List<String> row : out) {
                if (row.size() > 3 && row.get(2).equals("加强海关知识产权保护")) {
                    row.set(3, "配合海关开展专项行动。");
                    row.set(4, "县商务局");
                }
            }
            out.add(out.size(), new ArrayList<>(List.of("", "", "本县新增：护航行动", "开展护航。", "县公安局")));
            return out;
        });
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(edited)));

        robot.clickOn("文件").clickOn("导入表格…");
        assertThat(header(robot)).startsWith("导入“edited.xlsx”：新增 1 项、修改 1 项");
        TableView<?> changes = robot.lookup("#import-changes").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(2);
        robot.clickOn("导入");
        WaitForAsyncUtils.waitForFxEvents();

        var session = fixture.window().session();
        assertThat(session.item("2.03").orElseThrow().measuresProperty().get()).isEqualTo("配合海关开展专项行动。");
        assertThat(session.items().stream().anyMatch(i -> i.text().equals("本县新增：护航行动") && i.areaNumber() == 6))
                .isTrue();
        assertThat(session.item("1.03").orElseThrow().measuresProperty().get()).isEqualTo("整合专利、商标政策，形成一个窗口。");
        FilledForm stored = fixture.workspace().forms().load();
        assertThat(stored.entry("2.03").orElseThrow().departments()).containsExactly("县商务局");
        assertThat(Files.list(fixture.folder().backups()).count()).as("backup taken before").isPositive();
    }

    @Test
    void theAttachmentFilledInWordImportsAndTheOfficerGoesOnInTheApp(FxRobot robot) throws Exception {
        FilledForm typed = org.tianbao.excel.SampleForms.filled("黔南县市场监督管理局", 21);
        Path word = org.tianbao.excel.SampleWordReturns.write(typed, dir.resolve("附件-已填.docx"));
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(word)));

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        FxWait.until(5, () -> robot.lookup("#import-changes").tryQuery().isPresent());
        assertThat(header(robot)).startsWith("导入“附件-已填.docx”：新增 ");
        robot.clickOn("导入");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window().stage().getTitle()).contains("黔南县市场监督管理局");
        assertThat(fixture.awaitSaved()).isTrue();
        FilledForm stored = fixture.workspace().forms().load();
        for (var e : typed.entries()) {
            if (!e.item().isLocal()) {
                assertThat(stored.entry(e.item().id()).orElseThrow().measures()).isEqualTo(e.measures());
                assertThat(stored.entry(e.item().id()).orElseThrow().departments()).isEqualTo(e.departments());
            }
        }
        assertThat(fixture.window().session().item("1.01").orElseThrow().measuresProperty().get())
                .isEqualTo(typed.entry("1.01").orElseThrow().measures());
    }

    @Test
    void aFileThatIsNotTheFormIsRefusedAndNothingChanges(FxRobot robot) throws Exception {
        fill(robot, "某县市场监督管理局");
        FilledForm before = fixture.workspace().forms().load();
        Path bogus = dir.resolve("通知.xlsx");
        Files.writeString(bogus, "这不是表格");
        robot.interact(() -> fixture.window().setFileDialogs(WindowFixture.answering(bogus)));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        FxWait.until(5, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(message).contains("通知.xlsx").contains("文本文件");
        robot.clickOn("确定");
        assertThat(fixture.workspace().forms().load().entries()).isEqualTo(before.entries());
    }
}
