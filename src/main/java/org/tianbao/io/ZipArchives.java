package org.tianbao.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Opening zip files whatever wrote their names. */
public final class ZipArchives {

    /** Chinese Windows writes names in the system's code page (GBK) without saying so; others write UTF-8. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GBK");

    private ZipArchives() {
    }

    /**
     * Opens a zip file, its names read as UTF-8 where they are valid UTF-8, else as Chinese Windows wrote
     * them (a name flagged as UTF-8 is read as UTF-8 either way). Office files' own names are plain ASCII.
     *
     * @throws ZipException when the file is not a whole zip file
     */
    public static ZipFile open(Path file) throws IOException {
        try {
            ZipFile utf8 = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            try {
                // Reading every name decodes them: a name in GBK is not valid UTF-8.
                Collections.list(utf8.entries()).forEach(ZipEntry::getName);
                return utf8;
            } catch (IllegalArgumentException notUtf8) {
                utf8.close();
            }
        } catch (ZipException notUtf8OrDamaged) {
            // JDK 17 checks the names as it opens the file: tried again as GBK, which tells a damaged one.
        }
        return new ZipFile(file.toFile(), CHINESE_WINDOWS);
    }
}
