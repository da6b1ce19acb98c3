package org.tianbao.ui.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.tianbao.store.Backups;
import org.tianbao.store.Workspace;
import org.tianbao.ui.edit.SaveQueue;
import org.tianbao.ui.edit.SaveState;

/**
 * Rolling automatic backups while the window is open: one just after it opens, one every
 * {@link #INTERVAL} while the officer keeps editing, one when it closes. They run on the save queue,
 * behind the edits, so each backup holds every change saved before it.
 */
public final class AutoBackup {

    public static final Duration INTERVAL = Duration.minutes(10);
    /**
     * The opening backup waits this long: reading the database, the newest backup and writing a new one
     * took the CPU from the window's first frame on a two-core PC. Closing always takes one.
     */
    public static final Duration OPENING_DELAY = Duration.seconds(3);

    private final Workspace workspace;
    private final SaveQueue saves;
    private final Backups backups;
    private final Timeline timer;
    private final PauseTransition opening = new PauseTransition(OPENING_DELAY);
    private boolean editedSinceBackup;

    public AutoBackup(Workspace workspace, SaveQueue saves) {
        this.workspace = workspace;
        this.saves = saves;
        this.backups = new Backups(workspace.folder());
        saves.stateProperty().addListener((obs, old, now) -> {
            if (now.kind() == SaveState.Kind.SAVED) {
                editedSinceBackup = true;
            }
        });
        timer = new Timeline(new KeyFrame(INTERVAL, e -> {
            if (editedSinceBackup) {
                backUpNow();
            }
        }));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Takes the opening backup after {@link #OPENING_DELAY} and starts the timer. */
    public void start() {
        opening.setOnFinished(e -> {
            backUpNow();
            timer.play();
        });
        opening.play();
    }

    /**
     * Queues a backup behind the pending edits (skipped by {@link Backups} when nothing changed), out of
     * the status bar's sight: opening the window is not saving anything.
     */
    public void backUpNow() {
        editedSinceBackup = false;
        saves.submitQuietly("backup", () -> {
            try {
                backups.takeAutomatic(workspace);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void stop() {
        opening.stop();
        timer.stop();
    }
}
