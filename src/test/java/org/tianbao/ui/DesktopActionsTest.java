package org.tianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.UserException;

class DesktopActionsTest {

    @TempDir
    Path dir;

    private final List<List<String>> started = new ArrayList<>();
    private Path export;

    @BeforeEach
    void writeAnExport() throws IOException {
        export = Files.writeString(dir.resolve("县市场监督管理局,知识产权-2019年地方知识产权战略实施工作要点表.xlsx"), "x");
    }

    private DesktopActions on(String osName) {
        return new DesktopActions(osName, started::add);
    }

    @Test
    void windowsOpensTheFileThroughExplorerWithThePathQuoted() {
        on("Windows 10").openFile(export);
        // Quoted: Explorer would otherwise split the path at the comma in the unit's name.
        assertThat(started).containsExactly(List.of("explorer.exe", "\"" + export + "\""));
    }

    @Test
    void windowsShowsTheFileSelectedInItsFolder() {
        on("Windows 11").showInFolder(export);
        assertThat(started).containsExactly(List.of("explorer.exe", "/select,", "\"" + export + "\""));
    }

    @Test
    void linuxOpensTheFileAndItsFolderWithXdgOpen() {
        DesktopActions linux = on("Linux");
        linux.openFile(export);
        linux.showInFolder(export);
        assertThat(started).containsExactly(List.of("xdg-open", export.toString()), List.of("xdg-open", dir.toString()));
    }

    @Test
    void macUsesOpenAndRevealsInFinder() {
        DesktopActions mac = on("Mac OS X");
        mac.openFile(export);
        mac.showInFolder(export);
        assertThat(started).containsExactly(List.of("open", export.toString()), List.of("open", "-R", export.toString()));
    }

    @Test
    void aRelativePathIsMadeAbsoluteForTheSystem() {
        Path relative = Path.of("").toAbsolutePath().relativize(export);
        on("Linux").openFile(relative);
        assertThat(started).containsExactly(List.of("xdg-open", export.toString()));
    }

    @Test
    void aMissingFileIsNamedInChineseAndNothingStarts() throws IOException {
        Files.delete(export);
        assertThatThrownBy(() -> on("Windows 10").openFile(export))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(export.toString())
                .hasMessageContaining("不存在");
        assertThat(started).isEmpty();
    }

    @Test
    void aSystemWithoutAnOpenerIsToldInChinese() {
        DesktopActions noOpener = new DesktopActions("Linux", command -> {
            throw new IOException("Cannot run program \"xdg-open\": error=2, No such file or directory");
        });
        assertThatThrownBy(() -> noOpener.showInFolder(export))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(export.toString())
                .hasMessageContaining("xdg-open")
                .hasMessageStartingWith("无法打开");
    }

    @Test
    void theProcessStarterStartsARealProgramAndReportsAMissingOne() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        DesktopActions.PROCESSES.start(List.of(java, "-version"));
        assertThatThrownBy(() -> DesktopActions.PROCESSES.start(List.of(dir.resolve("no-such-opener").toString())))
                .isInstanceOf(IOException.class);
    }
}
