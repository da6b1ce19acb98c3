package org.tianbao.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives as units send them, for tests. */
public final class TestZips {

    /** How Chinese Windows' 发送到 → 压缩(zipped)文件夹 writes names: GBK, and no flag saying which. */
    public static final Charset WINDOWS_NAMES = Charset.forName("GBK");

    private TestZips() {
    }

    /** Writes a 7z archive (LZMA2, as 7-Zip and 360压缩 make them) holding each entry's bytes under its name. */
    public static Path write7z(Path archive, Map<String, byte[]> entries) throws IOException {
        try (org.apache.commons.compress.archivers.sevenz.SevenZOutputFile out =
                     new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(archive.toFile())) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                var sevenZEntry = new org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry();
                sevenZEntry.setName(entry.getKey().replaceAll("/$", ""));
                sevenZEntry.setDirectory(entry.getKey().endsWith("/"));
                out.putArchiveEntry(sevenZEntry);
                if (!entry.getKey().endsWith("/")) {
                    out.write(entry.getValue());
                }
                out.closeArchiveEntry();
            }
        }
        return archive;
    }

    /** Writes {@code zip} holding each entry's bytes under its name (a name ending in / is a folder). */
    public static Path write(Path zip, Charset names, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zipped.putNextEntry(new ZipEntry(entry.getKey()));
                if (!entry.getKey().endsWith("/")) {
                    zipped.write(entry.getValue());
                }
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
