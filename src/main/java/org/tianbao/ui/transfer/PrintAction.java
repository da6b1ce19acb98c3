package org.tianbao.ui.transfer;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.tianbao.excel.Typography;
import org.tianbao.model.UserException;
import org.tianbao.store.Workspace;
import org.tianbao.transfer.ExportService;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.SavesFirst;
import org.tianbao.ui.edit.SaveQueue;

/**
 * 文件 → 打印 (Ctrl+P, pressed by habit from Word and WPS): the form as the export lays it out, opened in the
 * spreadsheet program, whose preview, printer choice and page settings the officer knows. A copy kept in
 * the data folder, not an export: nothing is asked, and nothing the exports count changes.
 */
public final class PrintAction {

    private static final Logger LOG = Logger.getLogger(PrintAction.class.getName());
    /** Where print copies go, in the data folder. */
    static final String FOLDER = "print";

    private final Window owner;
    private final Workspace workspace;
    private final SaveQueue saves;
    private final Consumer<Path> open;

    /** @param open opens a file with the system's spreadsheet program (throws {@link UserException} if it cannot) */
    public PrintAction(Window owner, Workspace workspace, SaveQueue saves, Consumer<Path> open) {
        this.owner = owner;
        this.workspace = workspace;
        this.saves = saves;
        this.open = open;
    }

    public void print() {
        if (!SavesFirst.flushed(owner, saves)) {
            return;
        }
        Path copy;
        try {
            copy = new ExportService(workspace).printCopy(workspace.folder().root().resolve(FOLDER),
                    Typography.forThisComputer());
        } catch (UserException e) {
            Dialogs.error(owner, "无法打印", e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "print copy failed", e);
            Dialogs.error(owner, "无法打印", "生成打印用的表格时发生意外错误，详情已写入日志文件。");
            return;
        }
        try {
            open.accept(copy);
        } catch (UserException e) {
            // The message names the file; where to find it again is said in words.
            Dialogs.error(owner, "无法打开表格程序", e.getMessage() + "它在数据文件夹的 print 文件夹中（帮助 → 关于填报通 → "
                    + "打开数据文件夹），可用 Excel 或 WPS 打开后打印。");
            return;
        }
        Dialogs.info(owner, "请在表格程序中打印", "已用 Excel 或 WPS 打开打印用的表格，请在其中打印（Ctrl+P）："
                + "它已按 A4 横向排好，每页都有表头。\n这是打印用的副本：在其中所做的修改不会回到填报通，也不算一次导出。");
    }
}
