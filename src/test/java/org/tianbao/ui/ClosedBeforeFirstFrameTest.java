package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window closed before its first frame (the officer closes it at once; a test ends) leaves its data
 * folder released: what follows the first frame must not touch it then.
 */
@ExtendWith(ApplicationExtension.class)
class ClosedBeforeFirstFrameTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The window is made in the test, on a stage of its own.
    }

    @Test
    void aWindowClosedAtOnceLeavesNothingToRunAfterItsFirstFrame(FxRobot robot) throws Throwable {
        WindowFixture fixture = new WindowFixture(dir.resolve("data"));
        robot.interact(() -> {
            try {
                fixture.show(new Stage());
                assertThat(fixture.closeWindow()).isTrue();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        // FirstFrame runs the rest after MAX_PULSES at the latest, whether or not a frame came.
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.checkException();
    }
}
