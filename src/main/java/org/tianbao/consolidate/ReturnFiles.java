package org.tianbao.consolidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.tianbao.model.UserException;

/** The spreadsheet files named by a mix of files and folders (searched recursively). */
public final class ReturnFiles {

    private ReturnFiles() {
    }

    /**
     * Files given by name are taken whatever their extension (so that a wrong one is reported); in folders,
     * .xlsx, .xls, .docx and .doc files, without Office's lock files (~$…) and our temporary files.
     *
     * @throws UserException when a named file or folder does not exist
     */
    public static List<Path> collect(List<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(ReturnFiles::looksLikeReturn).sorted()
                            .forEach(p -> files.add(p.toAbsolutePath().normalize()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new UserException("无法读取文件夹“" + input + "”：" + e.getClass().getSimpleName() + "。", e);
                }
            } else if (Files.exists(input)) {
                files.add(input.toAbsolutePath().normalize());
            } else {
                throw new UserException("找不到文件或文件夹“" + input + "”。");
            }
        }
        return new ArrayList<>(files);
    }

    /** A spreadsheet or Word file by its name (not an Office lock file or a hidden one). */
    public static boolean looksLikeReturn(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".docx") || lower.endsWith(".doc"))
                && !name.startsWith("~$") && !name.startsWith(".");
    }
}
