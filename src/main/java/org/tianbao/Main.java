package org.tianbao;

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
}
