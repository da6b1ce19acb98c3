package org.tianbao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.tianbao.store.DataFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --data DIR} option shared by the commands that work on a data folder. */
public final class DataFolderOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Path dataDir;

    /**
     * An empty value is refused, not taken as the current folder: {@code --data=$DIR} with the variable unset
     * would otherwise export a blank form from a new database made wherever the command ran.
     */
    @Option(names = "--data", paramLabel = "DIR", description = "数据文件夹（默认：%%LOCALAPPDATA%%\\Tianbao 或 XDG 数据文件夹）")
    void setDataDir(String dir) {
        if (dir.isBlank()) {
            throw new ChineseMessages.Worded(command.commandLine(), "--data 后面的数据文件夹路径是空的：请写出文件夹，或去掉 --data 使用默认的数据文件夹");
        }
        try {
            dataDir = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new ChineseMessages.Worded(command.commandLine(), "“" + dir + "”不是有效的文件夹路径");
        }
    }

    public DataFolder folder() {
        return dataDir == null ? DataFolder.defaultFolder() : new DataFolder(dataDir);
    }
}
