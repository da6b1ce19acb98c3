package org.tianbao.ui;

import java.util.concurrent.CompletionException;
import org.tianbao.model.UserException;
import org.tianbao.store.DamagedDatabaseException;
import org.tianbao.store.StoreException;
import org.tianbao.store.Workspace;

/** Turns a failure to open the data folder into the sentence the officer reads. */
final class StartupProblems {

    private StartupProblems() {
    }

    static String describe(Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof Workspace.AlreadyOpenException open) {
            return "填报通已经在运行，正在使用数据文件夹“" + open.folder() + "”。请切换到已打开的填报通窗口。";
        }
        if (e instanceof DamagedDatabaseException damaged) {
            return damaged.userMessage();
        }
        if (e instanceof UserException user) {
            return user.getMessage();
        }
        if (e instanceof StoreException) {
            return "无法打开数据文件“" + e.getMessage().replaceFirst("^cannot open database ", "")
                    + "”：文件可能已损坏或被其他程序占用，详情已写入日志。";
        }
        return "填报通无法启动：" + e.getClass().getSimpleName() + "，详情已写入日志。";
    }
}
