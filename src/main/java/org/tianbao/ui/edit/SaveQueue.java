package org.tianbao.ui.edit;

import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * Writes the officer's changes to the database off the UI thread, in the order they were made.
 * Typing is debounced per key (one row's entry, one row's text); leaving a field or closing the window
 * flushes at once. Each change is captured as a ready-to-run write when it is made, so that pending
 * changes can be written even when the UI thread is gone (the process being ended by the system).
 * The state says 已保存 only when every submitted write has returned, i.e. is on disk. A failed write
 * is kept and retried at the next flush; the window still holds the text.
 */
public final class SaveQueue implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SaveQueue.class.getName());

    /** Pause in typing after which a change is written. */
    public static final Duration DEBOUNCE = Duration.millis(600);

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tianbao-save");
        t.setDaemon(true);
        return t;
    });
    /** Per key: the newest change not yet submitted. */
    private final Map<String, Runnable> dirty = new ConcurrentHashMap<>();
    /** Writes that failed, to be retried at the next flush. */
    private final Map<String, Runnable> failed = new ConcurrentHashMap<>();
    /** Debounce timers; FX thread only. */
    private final Map<String, PauseTransition> timers = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.idle());

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Records a change; it is written after a pause in changes to the same key. FX thread. */
    public void changed(String key, Runnable write) {
        dirty.put(key, write);
        timers.computeIfAbsent(key, k -> {
            PauseTransition t = new PauseTransition(DEBOUNCE);
            t.setOnFinished(e -> flush(k));
            return t;
        }).playFromStart();
        setState(SaveState.saving());
    }

    /** Writes a key's pending change now (leaving a field). */
    public void flush(String key) {
        stopTimer(key);
        Runnable write = dirty.remove(key);
        if (write != null) {
            submit(key, write);
        }
    }

    /** Writes every pending change now, and retries the writes that failed. Any thread. */
    public void flushAll() {
        for (String key : dirty.keySet().toArray(String[]::new)) {
            Runnable write = dirty.remove(key);
            if (write != null) {
                submit(key, write);
            }
        }
        for (Map.Entry<String, Runnable> retry : Map.copyOf(failed).entrySet()) {
            if (failed.remove(retry.getKey(), retry.getValue())) {
                submit(retry.getKey(), retry.getValue());
            }
        }
        if (Platform.isFxApplicationThread()) {
            timers.keySet().forEach(this::stopTimer);
        }
    }

    /** Forgets a pending change (its row was deleted). */
    public void discard(String key) {
        stopTimer(key);
        dirty.remove(key);
        failed.remove(key);
    }

    /** Queues a one-off write (add, move, delete a row; unit details) behind the earlier ones. */
    public void submit(String key, Runnable write) {
        inFlight.incrementAndGet();
        setState(SaveState.saving());
        try {
            writer.execute(() -> run(key, write));
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            failed.put(key, write);
            LOG.log(Level.SEVERE, "save queue closed; not written: " + key, e);
        }
    }

    /**
     * Queues background work (a backup) behind the writes made so far, without a word in the status: the
     * status speaks of the officer's edits only, and an opening backup is no edit. A failure is logged,
     * not retried; the officer's data is not at stake in it.
     */
    public void submitQuietly(String key, Runnable work) {
        try {
            writer.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    LOG.log(Level.SEVERE, key + " failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "save queue closed; not run: " + key, e);
        }
    }

    private void run(String key, Runnable write) {
        Throwable failure = null;
        try {
            write.run();
            failed.remove(key);
        } catch (RuntimeException | Error e) {
            failure = e;
            failed.put(key, write);
            LOG.log(Level.SEVERE, "save failed for " + key, e);
        } finally {
            inFlight.decrementAndGet();
        }
        Throwable result = failure;
        runOnFx(() -> updateState(result));
    }

    private void updateState(Throwable failure) {
        if (failure != null) {
            state.set(SaveState.failed(describe(failure)));
        } else if (!hasUnsavedChanges()) {
            state.set(SaveState.saved(LocalTime.now()));
        } else if (failed.isEmpty()) {
            state.set(SaveState.saving());
        }
    }

    private void setState(SaveState next) {
        runOnFx(() -> state.set(next));
    }

    /** Runs on the FX thread (now, if already there); does nothing once the toolkit has exited. */
    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        try {
            Platform.runLater(action);
        } catch (IllegalStateException e) {
            // Toolkit gone (shutting down): nobody is looking at the status bar any more.
        }
    }

    private void stopTimer(String key) {
        PauseTransition timer = timers.remove(key);
        if (timer != null) {
            timer.stop();
        }
    }

    /** Whether a change waits for the pause in typing before it is written. FX thread. */
    public boolean hasPendingChanges() {
        return !dirty.isEmpty();
    }

    /** Whether something is not yet on disk (pending, being written, or failed). */
    public boolean hasUnsavedChanges() {
        return inFlight.get() > 0 || !dirty.isEmpty() || !failed.isEmpty();
    }

    /**
     * Waits until every write submitted so far has finished. Any thread; on the FX thread only at close,
     * where a short wait is what the officer expects.
     *
     * @return whether the writes finished in time
     */
    public boolean awaitIdle(long timeout, TimeUnit unit) {
        Future<?> marker;
        try {
            marker = writer.submit(() -> { });
        } catch (RejectedExecutionException e) {
            // Closed: every write it accepted has already finished.
            return writer.isTerminated();
        }
        try {
            marker.get(timeout, unit);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message != null && message.toLowerCase().contains("no space")) {
            return "磁盘空间不足";
        }
        return "无法写入数据文件";
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
