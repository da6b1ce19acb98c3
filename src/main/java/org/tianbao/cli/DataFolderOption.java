package org.tianbao.cli;

import java.nio.file.Path;
import org.tianbao.store.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that work on a data folder. */
public final class DataFolderOption {

    @Option(names = "--data", paramLabel = "DIR", description = "数据文件夹（默认：%%LOCALAPPDATA%%\\Tianbao 或 XDG 数据文件夹）")
    Path dataDir;

    public DataFolder folder() {
        return dataDir == null ? DataFolder.defaultFolder() : new DataFolder(dataDir);
    }
}
