package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.Main;
import org.tianbao.excel.SampleForms;
import org.tianbao.excel.SampleReturns;
import org.tianbao.store.DataFolder;

/**
 * The app started a second time on the same data folder — the desktop icon double-clicked while the window
 * is open, an .xlsx opened with the app — hands over to the window already open and ends quietly, instead of
 * an error dialog. Two real app processes (headless), as the officer's PC runs them.
 */
class SecondStartTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @Test
    void aSecondStartBringsTheOpenWindowForwardWithItsFile() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Process first = start(folder, List.of());
        try {
            Path log = folder.logFile();
            awaitLog(log, "window shown after", first);
            Path file = SampleReturns.write(SampleForms.filled("白云区市场监督管理局", 2), dir.resolve("白云区.xlsx"),
                    OffsetDateTime.parse("2026-11-20T09:00:00+08:00"), 1);

            Process second = start(folder, List.of(file.toString()));
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second start ends by itself").isTrue();
            assertThat(second.exitValue()).isZero();
            awaitLog(log, "a second start asked for the window, opening " + file, first);

            Process third = start(folder, List.of());
            assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(third.exitValue()).isZero();
            awaitLog(log, "a second start asked for the window\n", first);
            assertThat(first.isAlive()).as("the first window stays open").isTrue();
        } finally {
            for (Process process : started) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The app's own main class on the test class path, headless as the UI tests run. */
    private Process start(DataFolder folder, List<String> files) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", Main.class.getName(), "--data", folder.toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return process;
    }

    private static void awaitLog(Path log, String text, Process first) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n").contains(text)) {
                return;
            }
            assertThat(first.isAlive()).as("the first window is open").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("not in the log within a minute: " + text + "\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }
}
