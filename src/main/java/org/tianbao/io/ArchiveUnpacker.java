package org.tianbao.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.tianbao.model.UserException;

/**
 * Unpacks a zip or 7z archive into a folder beside it named after it, as Windows' 全部解压缩 does: the units'
 * returns that came in one archive become files the 汇总 reads, and that the consolidator can see and open.
 * The folder appears whole or not at all (unpacked under a temporary name, then renamed). RAR, whose format
 * no open library writes or fully reads, is left to an unpacking program.
 */
public final class ArchiveUnpacker {

    private static final Logger LOG = Logger.getLogger(ArchiveUnpacker.class.getName());

    /** More than any archive of returns holds; beyond it the archive is refused rather than filling the disk. */
    private static final long MAX_BYTES = 1L << 30;
    private static final int MAX_ENTRIES = 20_000;

    private ArchiveUnpacker() {
    }

    /** The folder an archive is unpacked into: beside it, its name without the extension (a.zip → a). */
    public static Path folderFor(Path archive) {
        String name = archive.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return archive.resolveSibling(dot > 0 ? name.substring(0, dot) : name + " 解压");
    }

    /**
     * Unpacks {@code archive} into {@link #folderFor} (or, when that exists, the first free "name (2)"…), and
     * returns the folder. Office's lock files, macOS's resource folders and names that would leave the folder
     * are not unpacked.
     *
     * @throws UserException naming the archive and the problem (damaged, protected by a password, too large,
     *                       the folder not writable); nothing is left behind
     */
    public static Path unpack(Path archive) {
        Path target = freeFolder(folderFor(archive));
        Path temp;
        try {
            temp = Files.createTempDirectory(archive.toAbsolutePath().getParent(), ".tianbao-unpack-");
        } catch (IOException e) {
            throw new UserException(FileProblems.writeFailure(target, e), e);
        }
        try {
            extractInto(archive, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserException(FileProblems.writeFailure(target, e), e);
        } catch (WriteFailure e) {
            deleteQuietly(temp);
            throw new UserException(FileProblems.writeFailure(target, e.io()), e.io());
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** An archive and the folder it was unpacked into. */
    public record Unpacked(Path archive, Path folder) {
    }

    /** What {@link #unpackAll} did: the archives unpacked, and a sentence for each that could not be. */
    public record Outcome(List<Unpacked> unpacked, List<String> failures) {
    }

    /** Unpacks each archive beside it; one that cannot be unpacked does not stop the others. */
    public static Outcome unpackAll(List<Path> archives) {
        List<Unpacked> unpacked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path archive : archives) {
            try {
                unpacked.add(new Unpacked(archive, unpack(archive)));
            } catch (UserException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "cannot unpack " + archive, e);
                failures.add("解压“" + archive.getFileName() + "”时发生意外错误（" + e.getClass().getSimpleName() + "），详情已写入日志文件。");
            }
        }
        return new Outcome(List.copyOf(unpacked), List.copyOf(failures));
    }

    /** Whether the archive is one this class unpacks (zip, 7z), by its name. */
    public static boolean canUnpack(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".7z");
    }

    /** One entry as an archive stores it: its name, whether it is a folder, when it was changed, its bytes. */
    @FunctionalInterface
    private interface EntryVisitor {
        void visit(String name, boolean folder, FileTime modified, InputStream content) throws IOException;
    }

    private static void extractInto(Path archive, Path folder) throws IOException {
        long[] written = {0};
        EntryVisitor unpackEntry = (name, isFolder, modified, content) -> {
            Path to;
            try {
                to = destination(folder, name);
            } catch (InvalidPathException e) {
                throw new UserException("压缩包“" + archive.getFileName() + "”中的“" + name
                        + "”不是本机能用的文件名，无法解压：请用解压软件（如 WinRAR、7-Zip、360压缩）解压。", e);
            }
            if (to == null) {
                return;
            }
            OutputStream out = writing(() -> {
                Files.createDirectories(isFolder ? to : to.getParent());
                return isFolder ? null : Files.newOutputStream(to);
            });
            if (out == null) {
                return;
            }
            try (out) {
                byte[] buffer = new byte[64 * 1024];
                // Reading errors (a damaged archive) propagate as they are; writing errors are told apart.
                for (int n; (n = content.read(buffer)) > 0; ) {
                    written[0] += n;
                    if (written[0] > MAX_BYTES) {
                        throw tooLarge(archive);
                    }
                    int length = n;
                    writing(() -> {
                        out.write(buffer, 0, length);
                        return null;
                    });
                }
            }
            if (modified != null) {
                writing(() -> Files.setLastModifiedTime(to, modified));
            }
        };
        if (archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".7z")) {
            extractSevenZ(archive, unpackEntry);
        } else {
            extractZip(archive, unpackEntry);
        }
    }

    private static void extractZip(Path archive, EntryVisitor visitor) throws IOException {
        try (ZipFile zip = open(archive)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > MAX_ENTRIES) {
                throw tooLarge(archive);
            }
            for (ZipEntry entry : entries) {
                try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(entry), new CRC32())) {
                    visitor.visit(entry.getName(), entry.isDirectory(), entry.getLastModifiedTime(), in);
                    // ZipFile does not check what it inflates, nor a stored entry at all: a return damaged on
                    // the way would be unpacked as a broken workbook. An entry left out is not read, nor checked.
                    if (in.read() == -1 && entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                        throw new ZipException("CRC mismatch: " + entry.getName());
                    }
                } catch (IOException e) {
                    // Only reading the archive throws here: writing errors are WriteFailures.
                    throw refuse(archive, e);
                }
            }
        }
    }

    /** 7-Zip's own format (7-Zip, 360压缩): names in UTF-16, so no code page to guess. */
    private static void extractSevenZ(Path archive, EntryVisitor visitor) throws IOException {
        try (SevenZFile sevenZ = SevenZFile.builder().setPath(archive).get()) {
            int count = 0;
            for (SevenZArchiveEntry entry; (entry = sevenZ.getNextEntry()) != null; ) {
                if (++count > MAX_ENTRIES) {
                    throw tooLarge(archive);
                }
                InputStream content = new InputStream() {
                    @Override
                    public int read() throws IOException {
                        return sevenZ.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return sevenZ.read(b, off, len);
                    }
                };
                visitor.visit(entry.getName(), entry.isDirectory(),
                        entry.getHasLastModifiedDate() ? FileTime.from(entry.getLastModifiedDate().toInstant()) : null, content);
            }
        } catch (PasswordRequiredException e) {
            throw passwordProtected(archive, e);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Only what reading the archive throws comes here: writing errors are WriteFailures.
            throw new UserException("压缩包“" + archive.getFileName() + "”已损坏或不是 7z 格式，无法解压：请让报送单位重新发送。", e);
        }
    }

    /** Writing the unpacked files failed (a full disk, a folder not writable): not the archive's fault. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(IOException cause) {
            super(cause);
        }

        IOException io() {
            return (IOException) getCause();
        }
    }

    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws IOException;
    }

    private static <T> T writing(FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    private static ZipFile open(Path archive) {
        try {
            return ZipArchives.open(archive);
        } catch (ZipException e) {
            throw refuse(archive, e);
        } catch (IOException e) {
            throw cannotOpen(archive, e);
        }
    }

    private static UserException cannotOpen(Path archive, IOException e) {
        return new UserException("无法打开压缩包“" + archive.getFileName() + "”：" + e.getClass().getSimpleName() + "。", e);
    }

    /** Where an entry goes, or null for what is not unpacked. */
    private static Path destination(Path folder, String name) {
        String normalized = name.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String part : normalized.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") || part.contains(":")) {
                return null; // would leave the folder (a crafted archive)
            }
            parts.add(part);
        }
        if (parts.isEmpty() || parts.get(0).equals("__MACOSX") || parts.get(parts.size() - 1).startsWith("~$")) {
            return null;
        }
        Path to = folder;
        for (String part : parts) {
            to = to.resolve(part);
        }
        return to.normalize().startsWith(folder) ? to : null;
    }

    private static Path freeFolder(Path wanted) {
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = wanted.resolveSibling(wanted.getFileName() + " (" + n + ")");
        }
        return candidate;
    }

    private static UserException refuse(Path archive, IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("encrypted")) {
            return passwordProtected(archive, e);
        }
        return new UserException("压缩包“" + archive.getFileName() + "”已损坏或不是 zip 格式，无法解压：请让报送单位重新发送。", e);
    }

    private static UserException passwordProtected(Path archive, Exception e) {
        return new UserException("压缩包“" + archive.getFileName() + "”设有密码，无法解压：请用解压软件（如 WinRAR、7-Zip、"
                + "360压缩）输入密码解压后，再添加解压出的文件。", e);
    }

    private static UserException tooLarge(Path archive) {
        return new UserException("压缩包“" + archive.getFileName() + "”解压后超过 1 GB 或多于 " + MAX_ENTRIES
                + " 个文件，不像是报来的表格，没有解压。");
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left for the officer to remove; the error that matters is reported.
                }
            });
        } catch (IOException e) {
            // As above.
        }
    }
}
