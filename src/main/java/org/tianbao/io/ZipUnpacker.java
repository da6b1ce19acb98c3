package org.tianbao.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.tianbao.model.UserException;

/**
 * Unpacks a zip archive into a folder beside it named after it, as Windows' 全部解压缩 does: the units'
 * returns that came in one archive become files the 汇总 reads, and that the consolidator can see and open.
 * The folder appears whole or not at all (unpacked under a temporary name, then renamed).
 */
public final class ZipUnpacker {

    private static final Logger LOG = Logger.getLogger(ZipUnpacker.class.getName());

    /** More than any archive of returns holds; beyond it the archive is refused rather than filling the disk. */
    private static final long MAX_BYTES = 1L << 30;
    private static final int MAX_ENTRIES = 20_000;

    private ZipUnpacker() {
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

    private static void extractInto(Path archive, Path folder) throws IOException {
        try (ZipFile zip = open(archive)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > MAX_ENTRIES) {
                throw tooLarge(archive);
            }
            long written = 0;
            for (ZipEntry entry : entries) {
                Path to;
                try {
                    to = destination(folder, entry.getName());
                } catch (InvalidPathException e) {
                    throw new UserException("压缩包“" + archive.getFileName() + "”中的“" + entry.getName()
                            + "”不是本机能用的文件名，无法解压：请用解压软件（如 WinRAR、7-Zip、360压缩）解压。", e);
                }
                if (to == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(to)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        written += n;
                        if (written > MAX_BYTES) {
                            throw tooLarge(archive);
                        }
                        out.write(buffer, 0, n);
                    }
                } catch (ZipException e) {
                    throw refuse(archive, e);
                }
                if (entry.getLastModifiedTime() != null) {
                    Files.setLastModifiedTime(to, entry.getLastModifiedTime());
                }
            }
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

    private static UserException refuse(Path archive, ZipException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("encrypted")) {
            return new UserException("压缩包“" + archive.getFileName() + "”设有密码，无法解压：请用解压软件（如 WinRAR、7-Zip、"
                    + "360压缩）输入密码解压后，再添加解压出的文件。", e);
        }
        return new UserException("压缩包“" + archive.getFileName() + "”已损坏或不是 zip 格式，无法解压：请让报送单位重新发送。", e);
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
