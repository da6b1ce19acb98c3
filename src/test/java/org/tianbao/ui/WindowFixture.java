package org.tianbao.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.SaveQueue;

/**
 * The real main window over a real data folder, for TestFX tests: what {@link TianbaoApp} builds, minus
 * the toolkit start. {@link #closeAndReopen()} closes the window the way the officer does and opens the
 * data folder again, so that tests check what was actually saved.
 */
public final class WindowFixture {

    private final DataFolder folder;
    private Workspace workspace;
    private SaveQueue saves;
    private MainWindow window;

    public WindowFixture(Path dir) {
        this.folder = new DataFolder(dir);
    }

    /** File dialogs that answer with a fixed path instead of showing the native chooser. */
    public static FileDialogs answering(Path path) {
        return answering(Optional.of(path), Optional.of(path), Optional.of(path));
    }

    /** File dialogs that the officer cancels, whatever they ask. */
    public static FileDialogs cancelling() {
        return answering(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** File dialogs with a fixed answer for each kind of question (empty: the officer cancels). */
    public static FileDialogs answering(Optional<Path> open, Optional<Path> save, Optional<Path> folder) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Filter filter) {
                return open;
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, Filter filter) {
                return save;
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return folder;
            }
        };
    }

    /** Builds and shows the window on the given stage (call from a TestFX {@code @Start}). */
    public MainWindow show(Stage stage) throws IOException {
        Styles.install();
        workspace = Workspace.open(folder);
        saves = new SaveQueue();
        FormSession session = new FormSession(workspace.forms().load(), workspace.departments().names(),
                workspace.forms(), workspace.departments(), saves);
        // Built at the size it is shown at, as the app builds it at the size it was left at.
        window = new MainWindow(stage, workspace, session,
                workspace.settings().getInt(TextSize.SETTING, TextSize.DEFAULT),
                Optional.of(new WindowPlacement(0, 0, 1200, 760, false)));
        // Fits Monocle's headless screen (1280×800), so every control is on screen for the robot.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
        stage.requestFocus();
        return window;
    }

    /**
     * Waits (from the test thread) until the editor and the 参考依据 panel have joined the window, which
     * they do at the pulse after its first frame (see {@link MainWindow}).
     */
    public void awaitComplete() throws TimeoutException {
        FxWait.until(10, () -> window().completeProperty().get());
    }

    /** The window shown now (a restore or an import rebuilds it). */
    public MainWindow window() {
        return MainWindow.of(window.stage());
    }

    public Workspace workspace() {
        return workspace;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Closes the window like the close button (must run on the FX thread) and releases the folder. */
    public boolean closeWindow() throws IOException {
        if (workspace == null) {
            return true;
        }
        MainWindow current = window();
        boolean closed = current.requestClose();
        if (closed) {
            current.stage().close();
            release();
        }
        return closed;
    }

    /** Releases the data folder without the close button's flush (what a crash would leave behind). */
    public void release() throws IOException {
        if (saves != null) {
            saves.close();
            saves = null;
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /** Opens the data folder again and returns what is stored. */
    public FilledForm reopen() throws IOException {
        try (Workspace again = Workspace.open(folder)) {
            return again.forms().load();
        }
    }

    /** Waits until the save queue reports every change on disk. */
    public boolean awaitSaved() {
        return saves.awaitIdle(10, TimeUnit.SECONDS);
    }
}
