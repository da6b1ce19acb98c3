package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start hands its files to the running instance through the data folder. */
class InstanceSignalTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the listener is held open for the test, not used
    void theRunningInstanceGetsTheFilesAndTheRequestIsGone() throws IOException {
        DataFolder folder = new DataFolder(dir).create();
        // A request a start gave up on long ago is not delivered.
        Path stale = Files.writeString(folder.root().resolve("show-window.request"), dir.resolve("旧.xlsx").toString());
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(60)));
        List<List<Path>> asked = new CopyOnWriteArrayList<>();
        try (InstanceSignal signal = InstanceSignal.listen(folder, asked::add)) {
            Path file = dir.resolve("白云区 2019.xlsx");
            assertThat(InstanceSignal.ask(folder, List.of(file), Duration.ofSeconds(10))).isTrue();
            assertThat(InstanceSignal.ask(folder, List.of(), Duration.ofSeconds(10))).isTrue();
            assertThat(asked).containsExactly(List.of(file.toAbsolutePath()), List.of());
        }
        assertThat(folder.root().resolve("show-window.request")).doesNotExist();
    }

    @Test
    @SuppressWarnings("try") // the listener is held open for the test, not used
    void aRequestMadeWhileTheWindowWasOpeningIsHandled() throws Exception {
        DataFolder folder = new DataFolder(dir).create();
        Path file = dir.resolve("乙县.xlsx");
        Files.writeString(folder.root().resolve("show-window.request"), file.toString());
        List<List<Path>> asked = new CopyOnWriteArrayList<>();
        try (InstanceSignal signal = InstanceSignal.listen(folder, asked::add)) {
            long until = System.currentTimeMillis() + 10_000;
            while (asked.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(asked).containsExactly(List.of(file));
        assertThat(folder.root().resolve("show-window.request")).doesNotExist();
    }

    @Test
    void noAnswerIsToldAndTheRequestTakenBack() throws IOException {
        DataFolder folder = new DataFolder(dir).create();
        List<List<Path>> asked = new CopyOnWriteArrayList<>();
        InstanceSignal.listen(folder, asked::add).close();
        assertThat(InstanceSignal.ask(folder, List.of(dir.resolve("a.xlsx")), Duration.ofMillis(300))).isFalse();
        assertThat(asked).isEmpty();
        try (Stream<Path> left = Files.list(folder.root())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("show-window"));
        }
    }
}
