package org.tianbao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.tianbao.store.DataFolder;

/**
 * Sends all logging (ours, POI's through log4j-to-jul, H2's, JavaFX's) to the data folder's log file,
 * never to the console: the user sees one clear sentence, support reads the details in the log.
 */
public final class Logs {

    private static final int LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILES = 3;

    private Logs() {
    }

    public static void toDataFolder(DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder.logs());
            Handler file = new FileHandler(folder.logs().resolve("tianbao-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log file (read-only folder, locked file): run without one rather than not at all.
        }
        Logger.getLogger("com.sun.javafx").setLevel(Level.SEVERE);
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
    }
}
