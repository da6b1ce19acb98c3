package org.tianbao.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.tianbao.ui.edit.SaveQueue;

/**
 * Writes every pending edit before a file action (backup, restore, export, import), so that a backup or
 * an export holds it and a restore or import cannot be overwritten by it afterwards.
 */
public final class SavesFirst {

    private SavesFirst() {
    }

    /** @return whether everything is on disk; if not, the officer has been told and the action must stop */
    public static boolean flushed(Window owner, SaveQueue saves) {
        saves.flushAll();
        if (saves.awaitIdle(15, TimeUnit.SECONDS) && !saves.hasUnsavedChanges()) {
            return true;
        }
        Dialogs.error(owner, "有内容未能保存", "最近的修改还没有写入数据文件，请稍后再试。");
        return false;
    }
}
