package org.tianbao.ui.refs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.tianbao.refs.ReferenceHit;
import org.tianbao.refs.ReferenceIndex;
import org.tianbao.refs.ReferenceQuery;

/**
 * Runs reference searches off the FX thread. The index is built once, on first use, on the same
 * background thread, and kept for the life of the process. Only the latest request's answer is
 * delivered: a request overtaken by a newer one (the officer moved on) is skipped or its answer dropped.
 */
final class ReferenceSearch {

    private static final Logger LOG = Logger.getLogger(ReferenceSearch.class.getName());

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tianbao-refs");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private static CompletableFuture<ReferenceIndex> index;

    private final AtomicLong latest = new AtomicLong();

    /** The index, building it in the background if nobody has asked for it yet. FX thread. */
    static synchronized CompletableFuture<ReferenceIndex> index() {
        if (index == null) {
            index = CompletableFuture.supplyAsync(ReferenceIndex::bundled, WORKER);
        }
        return index;
    }

    /** Whether the index is ready, so that a search answers without the first-use wait. */
    static synchronized boolean isReady() {
        return index != null && index.isDone() && !index.isCompletedExceptionally();
    }

    /**
     * Searches in the background; calls {@code onHits} on the FX thread unless a newer request came in
     * meanwhile, or {@code onFailure} if the search failed.
     */
    void run(ReferenceQuery query, int limit, Consumer<List<ReferenceHit>> onHits, Consumer<Throwable> onFailure) {
        long ticket = latest.incrementAndGet();
        index().thenApplyAsync(ix -> ticket == latest.get() ? ix.search(query, limit) : null, WORKER)
                .whenComplete((hits, failure) -> Platform.runLater(() -> {
                    if (ticket != latest.get()) {
                        return;
                    }
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "reference search failed", failure);
                        onFailure.accept(failure);
                    } else {
                        onHits.accept(hits);
                    }
                }));
    }

    /** Forgets any request still running (the panel was hidden or emptied). */
    void cancel() {
        latest.incrementAndGet();
    }
}
