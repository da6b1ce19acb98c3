package org.tianbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The folder holding one user's data: the database, its lock, logs and backups. Never the install
 * folder: an upgrade or uninstall must not touch it.
 */
public final class DataFolder {

    private static final String DB_NAME = "tianbao";

    private final Path root;

    public DataFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /**
     * The default folder: %LOCALAPPDATA%\Tianbao on Windows, $XDG_DATA_HOME/tianbao (or
     * ~/.local/share/tianbao) elsewhere.
     */
    public static DataFolder defaultFolder() {
        return new DataFolder(defaultPath(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultPath(Map<String, String> env, String osName, Path home) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Tianbao");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("tianbao");
    }

    public Path root() {
        return root;
    }

    /** Creates the folder and its sub-folders if needed. */
    public DataFolder create() throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(logs());
        Files.createDirectories(backups());
        return this;
    }

    /** The H2 file name without its ".mv.db" suffix, as H2's URL wants it. */
    public Path databaseBase() {
        return root.resolve(DB_NAME);
    }

    public Path databaseFile() {
        return root.resolve(DB_NAME + ".mv.db");
    }

    public Path lockFile() {
        return root.resolve("instance.lock");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path logFile() {
        return logs().resolve("tianbao-0.log");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
