package org.tianbao.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tianbao.excel.SpreadsheetFiles;
import org.tianbao.io.ArchiveUnpacker;
import org.tianbao.model.UserException;

/** The spreadsheet files named by a mix of files and folders (searched recursively). */
public final class ReturnFiles {

    private ReturnFiles() {
    }

    /**
     * Files given by name are taken whatever their extension (so that a wrong one is reported); in folders,
     * the returns ({@link #looksLikeReturn}), what a unit sends instead or beside them that holds no table to
     * read ({@link #notATable}: a stamped scan), and archives (reported, to be unpacked first); not Office's
     * lock files (~$…), hidden files or our temporary files.
     *
     * @throws UserException when a named file or folder does not exist
     */
    public static List<Path> collect(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, files);
            } else if (Files.exists(input)) {
                files.add(input.toAbsolutePath().normalize());
                // An archive already unpacked beside it is read through its folder.
                Optional<Path> unpacked = unpackedInto(input);
                if (unpacked.isPresent()) {
                    walk(unpacked.get(), files);
                }
            } else {
                throw new UserException("找不到文件或文件夹“" + input + "”。");
            }
        }
        return new ArrayList<>(files);
    }

    private static void walk(Path folder, Set<Path> files) {
        try (Stream<Path> walk = Files.walk(folder)) {
            // Not in hidden folders (.git, an archive being unpacked under its temporary name).
            walk.filter(p -> !inHiddenFolder(folder, p)).filter(Files::isRegularFile)
                    .filter(p -> looksLikeReturn(p) || notATable(p).isPresent() || isArchive(p)).sorted()
                    .forEach(p -> files.add(p.toAbsolutePath().normalize()));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserException("无法读取文件夹“" + folder + "”：" + e.getClass().getSimpleName() + "。", e);
        }
    }

    private static boolean inHiddenFolder(Path root, Path file) {
        Path relative = root.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folder a zip or 7z archive was unpacked into ({@link ArchiveUnpacker#folderFor}: beside it, of its
     * name), when there is one: its files are read there, and the archive itself is passed over.
     */
    public static Optional<Path> unpackedInto(Path file) {
        if (!isUnpackable(file)) {
            return Optional.empty();
        }
        Path folder = ArchiveUnpacker.folderFor(file.toAbsolutePath());
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** A zip or 7z archive, which the app can unpack ({@link ArchiveUnpacker}); RAR it cannot. */
    public static boolean isUnpackable(Path file) {
        return visible(file) && ArchiveUnpacker.canUnpack(file);
    }

    /**
     * A spreadsheet or Word file by its name (not an Office lock file or a hidden one), also in WPS's own
     * formats (.et, .wps), which are read by what they contain.
     */
    public static boolean looksLikeReturn(Path file) {
        return visible(file) && endsWithAny(file, ".xlsx", ".xls", ".docx", ".doc", ".et", ".wps");
    }

    /**
     * What a file is that a unit may send beside or instead of its return and that holds no table to read,
     * said after “是”: PDF 文件（如盖章后的扫描件），其中的表格无法读取. Empty for any other file.
     */
    public static Optional<String> notATable(Path file) {
        if (!visible(file)) {
            return Optional.empty();
        }
        if (endsWithAny(file, ".pdf")) {
            return Optional.of("PDF 文件（如盖章后的扫描件），其中的表格无法读取");
        }
        if (endsWithAny(file, ".ofd")) {
            return Optional.of("OFD 版式文件（如盖章后的电子公文），其中的表格无法读取");
        }
        if (endsWithAny(file, ".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff")) {
            return Optional.of("图片（如拍照或扫描件），其中的表格无法读取");
        }
        return Optional.empty();
    }

    private static boolean isArchive(Path file) {
        return visible(file) && SpreadsheetFiles.isArchiveName(file);
    }

    private static boolean visible(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".");
    }

    private static boolean endsWithAny(Path file, String... extensions) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
