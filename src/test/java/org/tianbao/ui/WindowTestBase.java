package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.tianbao.ui.edit.ItemModel;

/**
 * A TestFX test of the real main window over a fresh data folder, closed like the officer closes it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir
    Path dir;

    WindowFixture fixture;

    /** Call from the subclass's {@code @Start} method (TestFX looks for it on the test class itself). */
    void show(Stage stage) throws IOException {
        fixture = new WindowFixture(dir.resolve("data"));
        fixture.show(stage);
    }

    @BeforeEach
    void awaitWindow() throws TimeoutException {
        fixture.awaitComplete();
    }

    /** A row of the form in the window, by number (1.03) or own row's id. */
    ItemModel item(String id) {
        return fixture.window().session().item(id).orElseThrow();
    }

    /** Closes the window as the officer does (pending edits written), asserting that it closed. */
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            try {
                assertThat(fixture.closeWindow()).isTrue();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                fixture.closeWindow();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        fixture.release();
    }
}
