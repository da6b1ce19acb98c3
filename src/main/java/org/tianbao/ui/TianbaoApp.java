package org.tianbao.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tianbao.app.ClassDataArchive;
import org.tianbao.app.LaunchOptions;
import org.tianbao.app.Logs;
import org.tianbao.app.StartClock;
import org.tianbao.form.BuiltInForms;
import org.tianbao.store.DamagedDatabaseException;
import org.tianbao.store.DataFolder;
import org.tianbao.store.InstanceSignal;
import org.tianbao.store.Workspace;
import org.tianbao.ui.backup.StartupRecovery;
import org.tianbao.ui.edit.FormSession;
import org.tianbao.ui.edit.SaveQueue;

/**
 * The JavaFX application. The data folder is opened on a background thread started before the toolkit,
 * so that the disk and the toolkit's start-up overlap; the window is built as soon as both are ready.
 */
public final class TianbaoApp extends Application {

    private static LaunchOptions options;
    private static DataFolder folder;
    private static CompletableFuture<StartupData> loading;

    private StartupData data;
    private SaveQueue saves;
    private InstanceSignal signal;

    /** Starts the window; returns when it is closed. */
    public static void launch(LaunchOptions launchOptions) {
        options = launchOptions;
        folder = launchOptions.dataFolder();
        // Setting logging up costs ~100 ms (the JDK opens every jar of the class path looking for a logger
        // service, and checks the log format against the time-zone data): the loader does it, beside the
        // toolkit's start, before it opens the database (which may log). Whatever else logs waits for it
        // (log()). JavaFX's warning about running from the class path (the plain jar) would come first:
        // there, logging is set up before the toolkit starts.
        boolean logsInLoader = Application.class.getModule().isNamed();
        if (!logsInLoader) {
            setUpLogs();
        }
        loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                if (logsInLoader) {
                    setUpLogs();
                }
                loading.complete(StartupData.load(folder));
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, "tianbao-load");
        loader.setDaemon(true);
        loader.start();
        startInBackground("tianbao-form", BuiltInForms::current);
        try {
            Application.launch(TianbaoApp.class);
        } catch (RuntimeException e) {
            // No display (a remote session without graphics, a broken driver): say so instead of a trace.
            log().log(Level.SEVERE, "cannot start the window", e);
            System.err.println("无法打开填报通窗口：这台电脑当前没有可用的图形显示（" + e.getMessage()
                    + "）。命令行功能（export、import、consolidate）仍可使用。");
            System.exit(1);
        }
        System.exit(exitCode);
    }

    private static volatile int exitCode;

    /** Completed once logging goes to the data folder's log file. */
    private static final CompletableFuture<Void> logs = new CompletableFuture<>();

    private static void setUpLogs() {
        try {
            Logs.toDataFolder(folder);
        } finally {
            logs.complete(null);
        }
    }

    /**
     * Runs start-up work that does not depend on the database on a thread of its own (the form definition
     * is parsed while the loader opens the database). A failure is left to the loader, which meets it
     * again and reports it.
     */
    private static void startInBackground(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log().log(Level.FINE, name + " failed; the loader reports it", e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The logger, once logging is set up (see launch); looked up when needed, as a static field would set
     * logging up on the main thread.
     */
    private static Logger log() {
        logs.join();
        return Logger.getLogger(TianbaoApp.class.getName());
    }

    /** On the launcher thread, once the toolkit runs and before {@link #start} on the FX thread. */
    @Override
    public void init() {
        Icons.preloadInBackground();
    }

    @Override
    public void start(Stage stage) {
        Styles.install();
        try {
            data = loading.join();
        } catch (CompletionException e) {
            if (handedToRunningInstance(e)) {
                return;
            }
            data = recover(e).orElse(null);
            if (data == null) {
                fail(stage, e);
                return;
            }
        }
        saves = new SaveQueue();
        Runtime.getRuntime().addShutdownHook(new Thread(this::flushOnShutdown, "tianbao-shutdown"));
        FormSession session = new FormSession(data.form(), data.departments(), data.workspace().forms(),
                data.workspace().departments(), saves);
        MainWindow window = new MainWindow(stage, data.workspace(), session, data.textSize(), data.placement());
        AppIcon.applyTo(stage);
        stage.show();
        long shownAt = System.currentTimeMillis();
        log().info(() -> "window shown after " + StartClock.millisSinceStart(shownAt) + " ms");
        if (options.smoke()) {
            reportWhenTreeShown(window);
        } else {
            ClassDataArchive.refreshInBackground();
            listenForSecondStarts(stage);
            if (!options.files().isEmpty()) {
                // A file opened with the app (double-click, "open with"): import it, after showing what changes.
                Platform.runLater(() -> MainWindow.of(stage).transfers().importFile(options.files().get(0)));
            }
        }
    }

    /**
     * The system is ending the process (log-off, shutdown, kill): write what the officer typed in the
     * last moments before the JVM goes. A normal close has already done this and finds nothing to do.
     */
    private void flushOnShutdown() {
        saves.flushAll();
        saves.awaitIdle(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * --smoke: waits for a frame in which the tree shows its rows and prints the time; then waits until the
     * rest of the window is in (so that the smoke test covers all of it), logs that time, and closes.
     */
    private void reportWhenTreeShown(MainWindow window) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (window.navigator().rowsShown()) {
                    long shownAt = System.currentTimeMillis();
                    stop();
                    System.out.println("ready " + StartClock.millisSinceStart(shownAt) + " ms");
                    System.out.flush();
                    whenComplete(window, () -> {
                        log().info(() -> "window complete after "
                                + StartClock.millisSinceStart(System.currentTimeMillis()) + " ms");
                        window.requestClose();
                        window.stage().close();
                        Platform.exit();
                    });
                }
            }
        }.start();
    }

    private static void whenComplete(MainWindow window, Runnable action) {
        if (window.completeProperty().get()) {
            action.run();
            return;
        }
        window.completeProperty().addListener((obs, was, now) -> {
            if (now) {
                action.run();
            }
        });
    }

    /**
     * The folder is another Tianbao's: the desktop icon double-clicked while the window is open behind
     * others, or a file opened with the app. That window comes forward (and opens the file) and this start
     * ends quietly; only when it does not answer is the officer told it is running.
     */
    private boolean handedToRunningInstance(CompletionException failure) {
        if (!(failure.getCause() instanceof Workspace.AlreadyOpenException) || options.smoke()
                || !InstanceSignal.ask(folder, options.files(), Duration.ofSeconds(3))) {
            return false;
        }
        exitCode = 0;
        Platform.exit();
        return true;
    }

    /** See {@link #handedToRunningInstance}: this window, asked by a second start. */
    private void listenForSecondStarts(Stage stage) {
        try {
            signal = InstanceSignal.listen(folder, files -> Platform.runLater(() -> {
                log().info(() -> "a second start asked for the window" + (files.isEmpty() ? "" : ", opening " + files.get(0)));
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
                if (!files.isEmpty()) {
                    MainWindow.of(stage).transfers().importFile(files.get(0));
                }
            }));
        } catch (IOException | RuntimeException e) {
            // A second start then says the app is running, as before.
            log().log(Level.WARNING, "cannot listen for second starts", e);
        }
    }

    /** A damaged or missing database: the officer chooses a backup or a blank start (not in --smoke). */
    private Optional<StartupData> recover(CompletionException failure) {
        if (!(failure.getCause() instanceof DamagedDatabaseException damaged) || options.smoke()) {
            return Optional.empty();
        }
        try {
            Optional<Workspace> workspace = StartupRecovery.ask(damaged, FileDialogs.nativeDialogs());
            if (workspace.isEmpty()) {
                exitCode = 1;
                Platform.exit();
                return Optional.empty();
            }
            return Optional.of(StartupData.from(workspace.get()));
        } catch (IOException | RuntimeException e) {
            log().log(Level.SEVERE, "recovery failed", e);
            return Optional.empty();
        }
    }

    private void fail(Stage stage, Throwable e) {
        log().log(Level.SEVERE, "start-up failed", e);
        String message = StartupProblems.describe(e);
        exitCode = 1;
        if (options.smoke()) {
            System.err.println(message);
        } else {
            Dialogs.error(null, "填报通无法打开", message);
        }
        Platform.exit();
    }

    @Override
    public void stop() throws Exception {
        if (signal != null) {
            signal.close();
        }
        if (saves != null) {
            saves.close();
        }
        if (data != null) {
            data.workspace().close();
        }
    }
}
