package org.tianbao;

import java.io.IOException;
import java.util.Optional;
import org.tianbao.app.ClassDataArchive;
import org.tianbao.app.LaunchOptions;
import org.tianbao.cli.Cli;
import org.tianbao.model.UserException;
import org.tianbao.ui.TianbaoApp;

/**
 * Entry point. A plain class (not an {@code Application}) so that the app starts from the class path;
 * it sends commands to the command line and everything else to the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(ClassDataArchive.REBUILD_OPTION)) {
            System.exit(rebuildClassArchive());
        }
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (UserException e) {
            System.err.println(e.getMessage());
            System.exit(Cli.EXIT_USAGE);
            return;
        }
        TianbaoApp.launch(options);
    }

    /** {@code tianbao --rebuild-class-archive}: run by the Linux install script and the build. */
    private static int rebuildClassArchive() {
        Optional<ClassDataArchive> cds = ClassDataArchive.ofThisJvm();
        if (cds.isEmpty()) {
            System.err.println("无法生成启动加速存档：启动器没有指定存档文件（-XX:SharedArchiveFile）。");
            return Cli.EXIT_FAILURE;
        }
        try {
            cds.get().rebuild();
            return 0;
        } catch (IOException e) {
            System.err.println("无法生成启动加速存档“" + cds.get().archive() + "”（" + e.getMessage() + "），程序仍可使用，只是启动慢一些。");
            return Cli.EXIT_FAILURE;
        }
    }
}
