package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.model.UserException;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedClearly() throws IOException {
        DataFolder folder = new DataFolder(dir);
        try (Workspace first = Workspace.open(folder)) {
            assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(Workspace.AlreadyOpenException.class);
            assertThat(first.forms().load().entries()).hasSize(69);
        }
        try (Workspace again = Workspace.open(folder)) {
            assertThat(again.forms().load().entries()).hasSize(69);
        }
    }

    @Test
    void aFileGivenAsTheDataFolderIsRefusedInOneSentenceAndLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("白云区-2019年地方知识产权战略实施工作要点表.xlsx"), "not a folder");
        assertThatThrownBy(() -> Workspace.open(new DataFolder(file))).isInstanceOf(UserException.class)
                .hasMessage("数据文件夹“" + file + "”其实是一个文件，不是文件夹，填报通不能在其中保存数据。请指定一个文件夹。");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFolderThatCannotBeWrittenIsRefusedInOneSentence() {
        // Nobody, not even root, may make a folder in /sys: a read-only share or another user's folder.
        DataFolder folder = new DataFolder(Path.of("/sys/tianbao-" + ProcessHandle.current().pid()));
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(UserException.class)
                .hasMessage("数据文件夹“" + folder + "”无法写入（只读，或当前用户没有写入权限），填报通不能在其中保存数据。"
                        + "请换一个可写的文件夹，或请管理员开放它的写入权限。");
    }

    @Test
    void aReadOnlyDatabaseFileIsRefusedBeforeAnythingIsTypedIntoIt() throws IOException {
        DataFolder folder = new DataFolder(dir);
        try (Workspace ws = Workspace.open(folder)) {
            ws.forms().saveEntry("1.01", "已有的举措。", List.of());
        }
        // As copied from a CD or a zip: H2 would open it read-only and fail at the first save.
        Path file = folder.databaseFile();
        assertThat(file.toFile().setWritable(false, false)).isTrue();
        // Root writes read-only files; an immutable one not (where the machine allows making one).
        boolean immutable = Files.isWritable(file) && chattr("+i", file);
        try {
            Assumptions.assumeFalse(Files.isWritable(file), "the file cannot be made read-only for this user");
            assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(UserException.class)
                    .hasMessage("数据文件“" + file + "”是只读的（可能是从光盘、压缩包或别的电脑复制来的），"
                            + "填报通不能保存修改。请在该文件的属性中取消“只读”，再打开填报通。");
        } finally {
            if (immutable) {
                chattr("-i", file);
            }
            file.toFile().setWritable(true, false);
        }
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.forms().load().entry("1.01").orElseThrow().measures()).isEqualTo("已有的举措。");
        }
    }

    private static boolean chattr(String flag, Path file) {
        try {
            return new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    @SuppressWarnings("try") // the workspace is held open for the test, not used
    void theDatabaseFileItselfIsLockedWhileOpenWithoutALockFileThatACrashWouldLeave() throws IOException {
        DataFolder folder = new DataFolder(dir);
        String file = folder.databaseFile().toString();
        try (Workspace open = Workspace.open(folder)) {
            // Past the instance lock, the system's lock on the file still keeps a second writer out.
            assertThatThrownBy(() -> org.h2.mvstore.MVStore.open(file)).hasMessageContaining("locked");
            // H2's FILE method would write tianbao.lock.db, which a killed process leaves for the next start
            // to wait out (seconds).
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".lock.db"));
            }
        }
        org.h2.mvstore.MVStore.open(file).close();
    }

    @Test
    void anotherProcessHoldingTheFolderIsDetected() throws Exception {
        DataFolder folder = new DataFolder(dir).create();
        // A child JVM takes the lock the way a running Tianbao does, and waits.
        Path holder = dir.resolve("Holder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(60_000);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, holder.toString(), folder.lockFile().toString())
                .redirectErrorStream(true).start();
        try {
            String line = new String(child.getInputStream().readNBytes(6));
            assertThat(line).isEqualTo("locked");
            assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(Workspace.AlreadyOpenException.class);
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // A killed holder leaves no stale lock behind.
        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.forms().load().entries()).hasSize(69);
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/tianbao/store/migration"))) {
            newest = files.map(p -> version.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Database.LATEST_SCHEMA_VERSION).isEqualTo(newest);
        try (Workspace ws = Workspace.open(new DataFolder(dir))) {
            assertThat(ws.database().read(Database::schemaVersion)).isEqualTo(newest);
        }
    }

    @Test
    void aDatabaseLeftByAnEarlierVersionIsUpgradedWithEverythingInIt() throws Exception {
        // The database as the version before kept returns (schema 4) left it, with a row written.
        DataFolder folder = new DataFolder(dir).create();
        org.h2.jdbcx.JdbcDataSource earlier = new org.h2.jdbcx.JdbcDataSource();
        earlier.setURL("jdbc:h2:file:" + folder.databaseBase());
        earlier.setUser("sa");
        earlier.setPassword("");
        org.flywaydb.core.Flyway.configure().dataSource(earlier).locations("classpath:org/tianbao/store/migration")
                .target("4").load().migrate();
        String formId = org.tianbao.form.BuiltInForms.current().id();
        try (java.sql.Connection c = earlier.getConnection()) {
            Database.update(c, "INSERT INTO entry (form_id, item_id, measures, updated_at) VALUES (?,?,?,?)",
                    formId, "4.02", "专利导航项目 2 个", java.time.OffsetDateTime.now());
            Database.update(c, "INSERT INTO entry_department (form_id, item_id, position, name) VALUES (?,?,?,?)",
                    formId, "4.02", 0, "县科技局");
            Database.update(c, "UPDATE unit_info SET unit_name = ? WHERE id = 1", "某县市场监督管理局");
            c.createStatement().execute("SHUTDOWN");
        }

        try (Workspace ws = Workspace.open(folder)) {
            assertThat(ws.database().read(Database::schemaVersion)).isEqualTo(Database.LATEST_SCHEMA_VERSION);
            assertThat(ws.forms().load().entry("4.02").orElseThrow().measures()).isEqualTo("专利导航项目 2 个");
            assertThat(ws.forms().load().entry("4.02").orElseThrow().departments()).containsExactly("县科技局");
            assertThat(ws.forms().loadUnit().unitName()).isEqualTo("某县市场监督管理局");
            assertThat(ws.keptReturns().load().isEmpty()).isTrue();
        }
    }

    @Test
    void defaultFolderFollowsThePlatform() {
        Path home = Path.of("/home/u");
        assertThat(DataFolder.defaultPath(Map.of("LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local"), "Windows 10", home)
                .toString()).endsWith("Tianbao");
        assertThat(DataFolder.defaultPath(Map.of(), "Linux", home)).isEqualTo(home.resolve(".local/share/tianbao"));
        assertThat(DataFolder.defaultPath(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", home))
                .isEqualTo(Path.of("/x/data/tianbao"));
        assertThat(DataFolder.defaultPath(Map.of("XDG_DATA_HOME", "relative"), "Linux", home))
                .isEqualTo(home.resolve(".local/share/tianbao"));
        assertThat(List.of(new DataFolder(home).databaseFile().getFileName().toString())).containsExactly("tianbao.mv.db");
    }
}
