package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rest of the window follows its first frame, and follows anyway when that frame never comes. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void runsOnceSoonAfterThePulseWhenTheFrameIsShown() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(() -> FirstFrame.then(() -> checks.incrementAndGet() >= 3, () -> {
            runs.incrementAndGet();
            ran.countDown();
        }));

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300); // further pulses must not run it again
        assertThat(checks).hasValue(3);
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsAfterSomePulsesWhenTheFrameNeverComes() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(() -> FirstFrame.then(() -> {
            checks.incrementAndGet();
            return false;
        }, ran::countDown));

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(checks).hasValue(FirstFrame.MAX_PULSES);
    }
}
