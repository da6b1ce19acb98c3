package org.tianbao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up archive made where the app is installed, from the class list the build recorded. */
class ClassDataArchiveTest {

    @TempDir
    Path appDir;

    private Path jar;
    private Path javaHome;
    private ClassDataArchive cds;

    @BeforeEach
    void installAnApp() throws IOException {
        jar = appDir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            jarOut.putNextEntry(new JarEntry("readme.txt"));
            jarOut.write("an app".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        Files.writeString(appDir.resolve("tianbao.classlist"), "java/lang/Object\njava/lang/String\njava/util/ArrayList\n");
        javaHome = Path.of(System.getProperty("java.home"));
        cds = new ClassDataArchive(appDir.resolve("tianbao.jsa"), javaHome, jar.toString());
    }

    @Test
    void theLaunchersArchiveOptionIsFoundAndTheLastOneWins() {
        assertThat(ClassDataArchive.archiveOption(List.of("-Xshare:auto", "-XX:SharedArchiveFile=/opt/tianbao/lib/app/tianbao.jsa")))
                .contains(Path.of("/opt/tianbao/lib/app/tianbao.jsa"));
        assertThat(ClassDataArchive.archiveOption(List.of("-XX:SharedArchiveFile=a.jsa", "-XX:SharedArchiveFile=b.jsa")))
                .contains(Path.of("b.jsa"));
        assertThat(ClassDataArchive.archiveOption(List.of("-Xmx1g"))).isEmpty();
    }

    @Test
    void theClassListAndTheStampLieBesideTheArchive() {
        assertThat(cds.classList()).isEqualTo(appDir.resolve("tianbao.classlist"));
        assertThat(cds.stampFile()).isEqualTo(appDir.resolve("tianbao.jsa.stamp"));
    }

    @Test
    void theDumpRunsTheRuntimesOwnJavaOnTheSameClassPath() {
        List<String> command = cds.dumpCommand(appDir.resolve("out.jsa"));
        assertThat(Path.of(command.get(0)).getParent()).isEqualTo(javaHome.resolve("bin"));
        assertThat(command).contains("-Xshare:dump", "-XX:SharedClassListFile=" + appDir.resolve("tianbao.classlist"),
                "-XX:SharedArchiveFile=" + appDir.resolve("out.jsa"));
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-cp", jar.toString());
    }

    @Test
    void aRebuiltArchiveIsCurrentAndUsableUntilAJarChanges() throws Exception {
        assertThat(cds.isCurrent()).isFalse();
        assertThat(cds.canRebuild()).isTrue();

        cds.rebuild();

        assertThat(appDir.resolve("tianbao.jsa")).isRegularFile();
        assertThat(appDir.resolve("tianbao.jsa.tmp")).doesNotExist();
        assertThat(cds.isCurrent()).isTrue();
        // The JVM maps it: with -Xshare:on it refuses to start if it cannot.
        Process check = new ProcessBuilder(javaHome.resolve("bin").resolve("java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + appDir.resolve("tianbao.jsa"), "-cp", jar.toString(), "-version")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("sharing");

        // An update replaces the jars: the archive no longer matches them.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
        assertThat(cds.isCurrent()).isFalse();
    }

    @Test
    void withoutAClassListNothingIsMadeAndTheOldArchiveStays() throws IOException {
        Files.delete(appDir.resolve("tianbao.classlist"));
        Files.writeString(appDir.resolve("tianbao.jsa"), "old");
        assertThat(cds.canRebuild()).isFalse();
        assertThatThrownBy(cds::rebuild).isInstanceOf(IOException.class).hasMessageContaining("class list");
        assertThat(appDir.resolve("tianbao.jsa")).hasContent("old");
    }

    @Test
    void aFailedDumpLeavesTheOldArchiveAndNoStamp() throws IOException {
        Files.writeString(appDir.resolve("tianbao.jsa"), "old");
        ClassDataArchive broken = new ClassDataArchive(appDir.resolve("tianbao.jsa"), appDir.resolve("no-runtime"),
                jar.toString());
        assertThatThrownBy(broken::rebuild).isInstanceOf(IOException.class);
        assertThat(appDir.resolve("tianbao.jsa")).hasContent("old");
        assertThat(appDir.resolve("tianbao.jsa.stamp")).doesNotExist();
        assertThat(appDir.resolve("tianbao.jsa.tmp")).doesNotExist();
    }
}
