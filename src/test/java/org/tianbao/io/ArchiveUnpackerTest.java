package org.tianbao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tianbao.model.UserException;

class ArchiveUnpackerTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> returns() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("白云区/", new byte[0]);
        entries.put("白云区/白云区-要点表.xlsx", "甲".getBytes(StandardCharsets.UTF_8));
        entries.put("息烽县-要点表.xlsx", "乙".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    @Test
    void unpacksBesideTheArchiveIntoAFolderOfItsName() throws IOException {
        Path zip = TestZips.write(dir.resolve("各区县报表.zip"), StandardCharsets.UTF_8, returns());

        Path folder = ArchiveUnpacker.unpack(zip);

        assertThat(folder).isEqualTo(dir.resolve("各区县报表"));
        assertThat(folder.resolve("白云区/白云区-要点表.xlsx")).hasContent("甲");
        assertThat(folder.resolve("息烽县-要点表.xlsx")).hasContent("乙");
        assertThat(zip).exists();
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void readsTheNamesChineseWindowsWritesInGbk() throws IOException {
        Path zip = TestZips.write(dir.resolve("报表.zip"), TestZips.WINDOWS_NAMES, returns());

        Path folder = ArchiveUnpacker.unpack(zip);

        assertThat(folder.resolve("白云区/白云区-要点表.xlsx")).hasContent("甲");
        assertThat(folder.resolve("息烽县-要点表.xlsx")).hasContent("乙");
    }

    @Test
    void anExistingFolderOfTheNameIsLeftAlone() throws IOException {
        Path zip = TestZips.write(dir.resolve("报表.zip"), StandardCharsets.UTF_8, returns());
        Files.createDirectories(dir.resolve("报表"));
        Files.writeString(dir.resolve("报表/自己的.txt"), "原有");

        Path folder = ArchiveUnpacker.unpack(zip);

        assertThat(folder).isEqualTo(dir.resolve("报表 (2)"));
        assertThat(folder.resolve("息烽县-要点表.xlsx")).exists();
        try (Stream<Path> kept = Files.list(dir.resolve("报表"))) {
            assertThat(kept).containsExactly(dir.resolve("报表/自己的.txt"));
        }
    }

    @Test
    void namesThatWouldLeaveTheFolderAndLockFilesAreNotUnpacked() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../逃出.xlsx", new byte[] {1});
        entries.put("a/../../也逃出.xlsx", new byte[] {1});
        entries.put("__MACOSX/._息烽县.xlsx", new byte[] {1});
        entries.put("~$息烽县.xlsx", new byte[] {1});
        entries.put("息烽县.xlsx", new byte[] {2});
        Path zip = TestZips.write(dir.resolve("x.zip"), StandardCharsets.UTF_8, entries);

        Path folder = ArchiveUnpacker.unpack(zip);

        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("x.zip", "x/息烽县.xlsx");
        }
        assertThat(folder.resolve("息烽县.xlsx")).hasBinaryContent(new byte[] {2});
    }

    @Test
    void aDamagedArchiveIsNamedAndLeavesNothingBehind() throws IOException {
        Path whole = TestZips.write(dir.resolve("whole.zip"), StandardCharsets.UTF_8, returns());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("半截.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(cut)).isInstanceOf(UserException.class)
                .hasMessage("压缩包“半截.zip”已损坏或不是 zip 格式，无法解压：请让报送单位重新发送。");
        assertThat(dir.resolve("半截")).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void contentDamagedOnTheWayIsCaughtByItsChecksum() throws IOException {
        // Stored, not compressed (as some tools keep .xlsx files, already compressed): nothing but the
        // checksum shows a changed byte.
        byte[] content = "白云区的表格内容，途中损坏".getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        Path zip = dir.resolve("途中损坏.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("白云区-要点表.xlsx");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(content);
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        int at = indexOf(bytes, content);
        bytes[at + 3] ^= 0x20;
        Files.write(zip, bytes);

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(zip)).isInstanceOf(UserException.class)
                .hasMessage("压缩包“途中损坏.zip”已损坏或不是 zip 格式，无法解压：请让报送单位重新发送。");
        assertThat(dir.resolve("途中损坏")).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void anArchiveWithAPasswordIsNamedAsSuch() throws IOException {
        Path zip = TestZips.write(dir.resolve("加密.zip"), StandardCharsets.UTF_8, returns());
        byte[] bytes = Files.readAllBytes(zip);
        // Sets the "encrypted" flag of every entry, in the local and central headers, as a zip tool with a
        // password does (the contents are not really encrypted; the flag is what a reader goes by).
        for (int i = 0; i + 8 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
                bytes[i + 6] |= 1;
            } else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                bytes[i + 8] |= 1;
            }
        }
        Files.write(zip, bytes);

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(zip)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("压缩包“加密.zip”设有密码，无法解压");
        assertThat(dir.resolve("加密")).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void aNameThisComputerCannotUseIsNamedAndNothingIsLeftBehind() throws IOException {
        // NUL is the one character no Linux file name may hold (Windows refuses more: ?, *, ", <, >, |).
        Map<String, byte[]> entries = new LinkedHashMap<>(returns());
        entries.put("坏\u0000名.xlsx", new byte[] {1});
        Path zip = TestZips.write(dir.resolve("名字.zip"), StandardCharsets.UTF_8, entries);

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(zip)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("压缩包“名字.zip”中的“坏").hasMessageContaining("不是本机能用的文件名，无法解压");
        assertThat(dir.resolve("名字")).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void oneArchiveThatCannotBeUnpackedDoesNotStopTheOthers() throws IOException {
        Path good = TestZips.write(dir.resolve("甲.zip"), StandardCharsets.UTF_8, returns());
        Path bad = Files.writeString(dir.resolve("乙.zip"), "不是压缩包");
        Path alsoGood = TestZips.write(dir.resolve("丙.zip"), TestZips.WINDOWS_NAMES, returns());

        ArchiveUnpacker.Outcome outcome = ArchiveUnpacker.unpackAll(java.util.List.of(good, bad, alsoGood));

        assertThat(outcome.unpacked()).containsExactly(new ArchiveUnpacker.Unpacked(good, dir.resolve("甲")),
                new ArchiveUnpacker.Unpacked(alsoGood, dir.resolve("丙")));
        assertThat(outcome.failures()).containsExactly("压缩包“乙.zip”已损坏或不是 zip 格式，无法解压：请让报送单位重新发送。");
        assertThat(dir.resolve("丙/息烽县-要点表.xlsx")).hasContent("乙");
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void unpacksA7zArchiveAsWell() throws IOException {
        Path archive = TestZips.write7z(dir.resolve("各区县报表.7z"), returns());

        Path folder = ArchiveUnpacker.unpack(archive);

        assertThat(folder).isEqualTo(dir.resolve("各区县报表"));
        assertThat(folder.resolve("白云区/白云区-要点表.xlsx")).hasContent("甲");
        assertThat(folder.resolve("息烽县-要点表.xlsx")).hasContent("乙");
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void aDamaged7zArchiveIsNamedAndLeavesNothingBehind() throws IOException {
        byte[] bytes = Files.readAllBytes(TestZips.write7z(dir.resolve("whole.7z"), returns()));
        Path cut = Files.write(dir.resolve("半截.7z"), java.util.Arrays.copyOf(bytes, bytes.length - 20));

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(cut)).isInstanceOf(UserException.class)
                .hasMessage("压缩包“半截.7z”已损坏或不是 7z 格式，无法解压：请让报送单位重新发送。");
        assertThat(dir.resolve("半截")).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    @Test
    void unpacksA7zArchiveMadeBy7Zip() throws IOException {
        // Made with 7-Zip 26.02 (`7z a`, its defaults: LZMA2, solid), as counties' 7z files are.
        Path archive = fixture("7-Zip.7z");

        Path folder = ArchiveUnpacker.unpack(archive);

        assertThat(Files.readString(folder.resolve("白云区/白云区-要点表.xlsx")).strip()).isEqualTo("甲");
        assertThat(Files.readString(folder.resolve("息烽县-要点表.xlsx")).strip()).isEqualTo("乙");
        assertThat(leftOvers()).isEmpty();
    }

    /** Archives a zip tool really protected with a password (7-Zip 26.02, password "mima"). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"密码.zip", "密码-AES.zip", "密码.7z", "密码和文件名.7z"})
    void anArchiveProtectedByARealToolIsNamedAsSuch(String name) throws IOException {
        Path archive = fixture(name);

        assertThatThrownBy(() -> ArchiveUnpacker.unpack(archive)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("压缩包“" + name + "”设有密码，无法解压");
        assertThat(ArchiveUnpacker.folderFor(archive)).doesNotExist();
        assertThat(leftOvers()).isEmpty();
    }

    private Path fixture(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/org/tianbao/io/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), dir.resolve(name));
        }
        return dir.resolve(name);
    }

    @Test
    void onlyZipAnd7zAreUnpacked() {
        assertThat(ArchiveUnpacker.canUnpack(dir.resolve("a.ZIP"))).isTrue();
        assertThat(ArchiveUnpacker.canUnpack(dir.resolve("a.7z"))).isTrue();
        assertThat(ArchiveUnpacker.canUnpack(dir.resolve("a.rar"))).isFalse();
    }

    @Test
    void theFolderForAnArchiveIsBesideItWithoutTheExtension() {
        assertThat(ArchiveUnpacker.folderFor(dir.resolve("息烽县.zip"))).isEqualTo(dir.resolve("息烽县"));
        assertThat(ArchiveUnpacker.folderFor(dir.resolve("a.b.ZIP"))).isEqualTo(dir.resolve("a.b"));
    }

    private Stream<Path> leftOvers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".tianbao-unpack-")).toList().stream();
        }
    }
}
