package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 打印 (Ctrl+P): the form as exported, opened in the spreadsheet program; not counted as an export. */
class PrintWindowTest extends WindowTestBase {

    private final List<List<String>> started = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
        fixture.window().setDesktop(new DesktopActions("Linux", started::add));
    }

    @Test
    void ctrlPOpensAPrintCopyWithWhatWasJustTypedAndCountsNoExport(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.window().navigator().select(item("1.03")));
        robot.clickOn(robot.lookup("#measures").match(Node::isVisible).queryAs(TextArea.class)).write("整合专利商标政策");
        // At once, before the pause in typing that saves: what is on screen is what is printed.
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText()).isEqualTo("请在表格程序中打印");
        assertThat(started).singleElement().satisfies(command -> assertThat(command).first().isEqualTo("xdg-open"));
        Path copy = Path.of(started.get(0).get(1));
        assertThat(copy.getParent()).isEqualTo(fixture.folder().root().resolve("print"));
        assertThat(copy.getFileName().toString()).endsWith(".xlsx").contains("（打印 ");
        try (InputStream in = Files.newInputStream(copy); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            StringBuilder text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains("整合专利商标政策").contains("推进知识产权管理体制机制改革");
            assertThat(workbook.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
        }
        robot.clickOn("确定");
        assertThat(fixture.workspace().exports().last()).as("not an export").isEmpty();
        assertThat(FxWait.onFx(() -> fixture.window().session().exportedProperty().get())).isNull();
    }
}
