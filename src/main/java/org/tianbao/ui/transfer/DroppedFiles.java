package org.tianbao.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.SpreadsheetFiles;
import org.tianbao.io.ArchiveUnpacker;
import org.tianbao.model.UserException;
import org.tianbao.ui.Dialogs;

/**
 * Returns dragged onto the main window, as they come in mail and chat attachments. The same file may be
 * the unit's own export edited elsewhere (to import) or a department's copy (to merge), and several files
 * may be departments' copies (to merge) or other units' returns (to consolidate): the officer says which,
 * and the action goes on as from its menu item, preview first.
 */
public final class DroppedFiles {

    static final ButtonType IMPORT = new ButtonType("导入…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType MERGE = new ButtonType("合并进来…", ButtonBar.ButtonData.OTHER);
    static final ButtonType CONSOLIDATE = new ButtonType("汇总…", ButtonBar.ButtonData.OTHER);
    static final ButtonType UNPACK = new ButtonType("解压", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;
    private final Consumer<Path> importer;
    private final Consumer<List<Path>> merger;
    private final Consumer<List<Path>> consolidator;

    /**
     * @param importer     imports one file (文件 → 导入表格)
     * @param merger       merges departments' copies (文件 → 合并各部门填写的表格)
     * @param consolidator opens the 汇总 window with the files added
     */
    public DroppedFiles(Window owner, Consumer<Path> importer, Consumer<List<Path>> merger,
                        Consumer<List<Path>> consolidator) {
        this.owner = owner;
        this.importer = importer;
        this.merger = merger;
        this.consolidator = consolidator;
    }

    /** Asks what to do with the dropped files and folders (folders searched for returns), then does it. */
    public void dropped(List<Path> paths) {
        List<Path> found;
        try {
            found = ReturnFiles.collect(paths);
        } catch (UserException e) {
            Dialogs.error(owner, "无法打开拖入的文件", e.getMessage());
            return;
        }
        List<Path> files = found.stream().filter(ReturnFiles::looksLikeReturn).toList();
        List<Path> zips = found.stream().filter(ReturnFiles::isUnpackable).toList();
        if (files.isEmpty() && !zips.isEmpty()) {
            // Returns as they come by mail, packed: unpacked beside the archive, then asked about as dropped.
            unpackThenAsk(zips);
            return;
        }
        if (files.isEmpty()) {
            // A stamped scan dropped by mistake for the return beside it is named as what it is.
            // So is a RAR archive, which only an unpacking program opens.
            String scan = found.stream().flatMap(f -> ReturnFiles.notATable(f)
                    .map(what -> "“" + f.getFileName() + "”" + new ConsolidatedReturns.Skipped(f, what).described() + "。")
                    .or(() -> Optional.of(f).filter(SpreadsheetFiles::isArchiveName).map(rar -> "“" + rar.getFileName()
                            + "”是 RAR 压缩包：请先用解压软件（如 WinRAR、360压缩）解压，再拖入解压出的文件。"))
                    .stream()).findFirst().orElse("");
            Dialogs.error(owner, "无法打开拖入的文件", "拖入的文件中没有表格（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps）。" + scan);
            return;
        }
        boolean one = files.size() == 1;
        String header = one ? "拖入了“" + files.get(0).getFileName() + "”" : "拖入了 " + files.size() + " 个文件";
        String text = one
                ? "导入：当前数据改为此文件的内容——本单位导出后在 Excel、WPS 中改过的表格。\n"
                + "合并进来：只把其中新的内容加到当前数据——某个部门填写的表格。"
                : "合并进来：把各部门填写的表格中新的内容加到本单位的表格。\n"
                + "汇总：把各单位报来的表格汇总为一个工作簿（市、省级）。";
        ButtonType first = one ? IMPORT : MERGE;
        ButtonType second = one ? MERGE : CONSOLIDATE;
        Alert choice = new Alert(Alert.AlertType.CONFIRMATION, text, first, second, Dialogs.CANCEL);
        choice.getDialogPane().setId("dropped-files");
        Dialogs.prepare(choice, owner, header);
        ButtonType chosen = choice.showAndWait().orElse(Dialogs.CANCEL);
        if (chosen == IMPORT) {
            importer.accept(files.get(0));
        } else if (chosen == MERGE) {
            merger.accept(files);
        } else if (chosen == CONSOLIDATE) {
            consolidator.accept(files);
        }
    }

    /** Dropped zip archives: unpacked (after asking) into folders beside them, whose returns are then dropped. */
    private void unpackThenAsk(List<Path> zips) {
        String names = zips.size() == 1 ? "压缩包“" + zips.get(0).getFileName() + "”" : zips.size() + " 个压缩包";
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "解压到同名文件夹（在压缩包旁边），再导入、合并或汇总其中的表格。",
                UNPACK, Dialogs.CANCEL);
        ask.getDialogPane().setId("dropped-archives");
        Dialogs.prepare(ask, owner, "拖入了" + names);
        if (ask.showAndWait().orElse(Dialogs.CANCEL) != UNPACK) {
            return;
        }
        ArchiveUnpacker.Outcome outcome = ArchiveUnpacker.unpackAll(zips);
        if (!outcome.failures().isEmpty()) {
            Dialogs.error(owner, "无法解压", String.join("\n", outcome.failures()));
        }
        List<Path> folders = outcome.unpacked().stream().map(ArchiveUnpacker.Unpacked::folder).toList();
        if (folders.isEmpty()) {
            return;
        }
        List<Path> files = ReturnFiles.collect(folders).stream().filter(ReturnFiles::looksLikeReturn).toList();
        if (files.isEmpty()) {
            Dialogs.error(owner, "压缩包中没有表格", "已解压到“" + folders.get(0).getFileName() + "”"
                    + (folders.size() > 1 ? "等文件夹" : "") + "，其中没有表格（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps）。");
            return;
        }
        dropped(folders);
    }
}
