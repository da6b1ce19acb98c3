package org.tianbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.tianbao.model.UserException;

/**
 * 打开文件 / 打开所在文件夹: hands a file (an exported workbook) to the system, which opens it with the
 * spreadsheet program the officer uses (Excel, WPS) or shows it in its folder.
 *
 * <p>Starts the system's own opener rather than going through AWT's {@code Desktop}: AWT would start a
 * second GUI toolkit beside JavaFX (GTK clashes on Linux). On Windows {@code explorer.exe} opens a file
 * through its association and {@code /select,} shows it highlighted in its folder; elsewhere
 * {@code xdg-open} (Linux) or {@code open} (macOS). The opener runs on its own; nothing waits for it.
 */
public final class DesktopActions {

    private static final Logger LOG = Logger.getLogger(DesktopActions.class.getName());

    /** Starts a program with its arguments, without waiting for it. */
    @FunctionalInterface
    public interface ProgramStarter {
        void start(List<String> command) throws IOException;
    }

    private enum Family { WINDOWS, MAC, OTHER }

    private final Family family;
    private final ProgramStarter starter;

    DesktopActions(String osName, ProgramStarter starter) {
        String os = osName.toLowerCase(Locale.ROOT);
        this.family = os.startsWith("windows") ? Family.WINDOWS : os.startsWith("mac") ? Family.MAC : Family.OTHER;
        this.starter = starter;
    }

    /** Starts a real process; its output is of no interest (openers print warnings nobody reads). */
    static final ProgramStarter PROCESSES = command -> new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();

    /** The actions of the computer the app runs on. */
    public static DesktopActions forThisComputer() {
        return new DesktopActions(System.getProperty("os.name", ""), PROCESSES);
    }

    /**
     * 打开文件: opens the file with the program the system associates with its type.
     *
     * @throws UserException when the file is gone or the system has no way to open it
     */
    public void openFile(Path file) {
        Path target = existing(file);
        start(target, openCommand(target));
    }

    /**
     * 打开所在文件夹: shows the folder that holds the file, with the file selected where the system can
     * (Windows Explorer, macOS Finder).
     *
     * @throws UserException when the file is gone or the system has no way to show the folder
     */
    public void showInFolder(Path file) {
        Path target = existing(file);
        start(target, showCommand(target));
    }

    /**
     * 打开文件 from a button or a menu: a file that cannot be opened (moved or deleted since, or no program
     * for it) is said in a dialog over {@code owner}, not lost as an exception of the click.
     */
    public void openFile(Window owner, Path file) {
        reported(owner, () -> openFile(file));
    }

    /** 打开所在文件夹 from a button or a menu; see {@link #openFile(Window, Path)}. */
    public void showInFolder(Window owner, Path file) {
        reported(owner, () -> showInFolder(file));
    }

    private static void reported(Window owner, Runnable action) {
        try {
            action.run();
        } catch (UserException e) {
            Dialogs.error(owner, "无法打开", e.getMessage());
        }
    }

    List<String> openCommand(Path file) {
        return switch (family) {
            case WINDOWS -> List.of("explorer.exe", quotedForExplorer(file));
            case MAC -> List.of("open", file.toString());
            case OTHER -> List.of("xdg-open", file.toString());
        };
    }

    List<String> showCommand(Path file) {
        return switch (family) {
            case WINDOWS -> List.of("explorer.exe", "/select,", quotedForExplorer(file));
            case MAC -> List.of("open", "-R", file.toString());
            case OTHER -> List.of("xdg-open", file.getParent().toString());
        };
    }

    /**
     * Explorer splits its command line at commas, so a path is always passed in quotes (Windows paths
     * cannot contain a quote; the JDK leaves an argument that is already quoted as it is).
     */
    private static String quotedForExplorer(Path file) {
        return "\"" + file + "\"";
    }

    private static Path existing(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            throw new UserException("文件“" + target + "”不存在，可能已被移动或删除。");
        }
        return target;
    }

    private void start(Path target, List<String> command) {
        try {
            starter.start(command);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot start " + command, e);
            throw new UserException("无法打开“" + target + "”：系统中没有找到打开它的程序（" + command.get(0) + "）。", e);
        }
    }
}
