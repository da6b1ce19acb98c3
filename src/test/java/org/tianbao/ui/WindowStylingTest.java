package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window is styled by precompiled stylesheets alone, so that its first frame never runs the CSS parser
 * (its first run costs tens of milliseconds at start-up): no inline styles, no control bringing a sheet of
 * its own, and the app's sheet present in JavaFX's binary form. Also the pieces that made this possible: the
 * search field's clear button and the icons drawn as text.
 */
class WindowStylingTest extends WindowTestBase {

    private List<String> firstFrameProblems;

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
        // What the window holds when show() returns: its first frame.
        firstFrameProblems = runtimeStyling(stage.getScene());
    }

    @Test
    void nothingInTheWindowIsStyledByCssParsedAtRunTime(FxRobot robot) throws TimeoutException, IOException {
        assertThat(firstFrameProblems).isEmpty();
        // The editor and the 参考依据 panel, which join just after the first frame, are no different.
        FxWait.until(10, () -> fixture.window().references().view().getScene() != null);
        assertThat(FxWait.onFx(() -> runtimeStyling(fixture.window().stage().getScene()))).isEmpty();
        for (String sheet : fixture.window().stage().getScene().getStylesheets()) {
            assertThat(sheet).endsWith(".css");
            assertThat(binaryBeside(sheet)).as("the binary form of %s", sheet).isNotNull();
        }
    }

    @Test
    void theBinaryStylesheetHoldsTheSameRulesAsTheText() throws IOException {
        Stylesheet text = new CssParser().parse(new URL(Styles.APP_CSS));
        Stylesheet binary = Stylesheet.loadBinary(binaryBeside(Styles.APP_CSS));
        assertThat(binary).isNotNull();
        assertThat(selectors(binary)).isEqualTo(selectors(text)).hasSizeGreaterThan(50);
        assertThat(declarations(binary)).isEqualTo(declarations(text));
    }

    @Test
    void theSearchFieldsCrossClearsIt(FxRobot robot) throws TimeoutException {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Node cross = robot.from(search).lookup(".tb-clear-search").query();
        assertThat(cross.isMouseTransparent()).isTrue();

        robot.clickOn(search).write("专利");
        assertThat(search.getText()).isEqualTo("专利");
        assertThat(cross.isMouseTransparent()).isFalse();
        FxWait.until(5, () -> cross.getOpacity() == 1);
        robot.clickOn(cross);

        assertThat(search.getText()).isEmpty();
        assertThat(search.isFocused()).isTrue();
        assertThat(cross.isMouseTransparent()).isTrue();
    }

    @Test
    void iconsAreGlyphsOfTheIconFontSizedWithTheText(FxRobot robot) {
        List<Text> icons = robot.lookup("#form-tree .tb-icon").queryAllAs(Text.class).stream().toList();
        assertThat(icons).isNotEmpty().allSatisfy(icon -> {
            assertThat(icon.getFont().getFamily()).isEqualTo("Material Icons");
            assertThat(icon.getFont().getSize()).isEqualTo(17);
        });

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);

        assertThat(fixture.window().textSize().size()).isEqualTo(16);
        assertThat(robot.lookup("#form-tree .tb-icon").queryAllAs(Text.class))
                .isNotEmpty().allSatisfy(icon -> assertThat(icon.getFont().getSize()).isEqualTo(18));
    }

    @Test
    void aRowsIconFollowsItsStatusAsTheOfficerTypes(FxRobot robot) throws TimeoutException {
        String text = item("1.02").text();
        javafx.scene.control.TreeCell<?> row = robot.lookup(".tb-nav-cell")
                .match((javafx.scene.control.TreeCell<?> c) -> c.getText() != null && c.getText().equals(text)).query();
        Text icon = (Text) row.getGraphic();
        assertThat(icon.getStyleClass()).contains("status-empty");

        robot.clickOn(row);
        FxWait.until(10, () -> robot.lookup("#measures").match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#measures").match(Node::isVisible).queryAs(javafx.scene.control.TextArea.class))
                .write("开展试点");

        FxWait.until(5, () -> icon.getStyleClass().contains("status-partial"));
        assertThat(row.getGraphic()).as("the same icon, changed").isSameAs(icon);
        assertThat(icon.getStyleClass()).doesNotContain("status-empty");
        assertThat(icon.getText()).isNotEqualTo(Icons.status(org.tianbao.model.EntryStatus.EMPTY).getText());
    }

    /** Nodes styled inline, or bringing a stylesheet of their own: each is CSS parsed while the window opens. */
    private static List<String> runtimeStyling(Scene scene) {
        List<String> problems = new ArrayList<>();
        collect(scene.getRoot(), problems);
        return problems;
    }

    private static void collect(Node node, List<String> problems) {
        if (node.getStyle() != null && !node.getStyle().isBlank()) {
            problems.add(node + " has the inline style " + node.getStyle());
        }
        String ownSheet = node instanceof Control control ? control.getUserAgentStylesheet()
                : node instanceof Region region ? region.getUserAgentStylesheet() : null;
        if (ownSheet != null) {
            problems.add(node + " brings the stylesheet " + ownSheet);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, problems));
        }
    }

    private static URL binaryBeside(String css) throws IOException {
        URL url = new URL(css.substring(0, css.length() - ".css".length()) + ".bss");
        try (InputStream in = url.openStream()) {
            return in.read() >= 0 ? url : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> selectors(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors().toString()).toList();
    }

    private static List<String> declarations(Stylesheet sheet) {
        return sheet.getRules().stream().map(Rule::getDeclarations)
                .map(ds -> ds.stream().map(d -> d.getProperty()).toList().toString()).toList();
    }
}
