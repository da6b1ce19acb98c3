package org.tianbao.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tianbao.model.UserException;
import org.tianbao.store.DataFolder;

/**
 * Options of a window start: {@code tianbao [--smoke] [--data DIR] [FILE.xlsx ...]}. Parsed by hand,
 * not with the command-line library, to keep the window's start-up free of it.
 */
public record LaunchOptions(boolean smoke, Optional<Path> dataDir, List<Path> files) {

    public LaunchOptions {
        files = List.copyOf(files);
    }

    public static LaunchOptions parse(String... args) {
        boolean smoke = false;
        Path data = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--smoke" -> smoke = true;
                case "--data" -> {
                    if (i + 1 >= args.length) {
                        throw new UserException("命令行参数 --data 后面缺少数据文件夹路径。");
                    }
                    data = dataFolder(args[++i]);
                }
                default -> {
                    if (arg.startsWith("--data=")) {
                        data = dataFolder(arg.substring("--data=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new UserException("无法识别的命令行参数“" + arg + "”，请运行 tianbao --help 查看用法。");
                    } else {
                        files.add(path(arg, "文件"));
                    }
                }
            }
        }
        return new LaunchOptions(smoke, Optional.ofNullable(data), files);
    }

    /** An empty --data is refused, not taken as the current folder (see the command line's DataFolderOption). */
    private static Path dataFolder(String text) {
        if (text.isBlank()) {
            throw new UserException("命令行参数 --data 后面的数据文件夹路径是空的：请写出文件夹，或去掉 --data 使用默认的数据文件夹。");
        }
        return path(text, "文件夹");
    }

    private static Path path(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UserException("命令行参数“" + text + "”不是有效的" + what + "路径。");
        }
    }

    public DataFolder dataFolder() {
        return dataDir.map(DataFolder::new).orElseGet(DataFolder::defaultFolder);
    }
}
