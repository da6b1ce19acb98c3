package org.tianbao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A second start of the app (the desktop icon double-clicked while the window is open, hidden behind others,
 * or an .xlsx opened with the app) asks the running one to show its window and open the files, instead of
 * saying that the app is already running. The request is a small file in the data folder, which the running
 * instance watches and deletes once handled: no network port, nothing a firewall would ask about.
 */
public final class InstanceSignal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InstanceSignal.class.getName());
    private static final String REQUEST = "show-window.request";
    /** Checked this often besides the folder's change events, which some file systems do not give. */
    private static final long RECHECK_MILLIS = 2000;
    /** Longer than a second start waits for an answer. */
    private static final Duration STALE_AFTER = Duration.ofSeconds(10);

    private final WatchService watch;
    private final Thread watcher;

    private InstanceSignal(WatchService watch, Thread watcher) {
        this.watch = watch;
        this.watcher = watcher;
    }

    /**
     * In the instance that holds the data folder: calls {@code onRequest} with the files a second start asked
     * to open (none: just show the window), on a thread of its own.
     */
    public static InstanceSignal listen(DataFolder folder, Consumer<List<Path>> onRequest) throws IOException {
        Path request = request(folder);
        // A request left over from a start that gave up waiting is not this session's; one made a moment ago
        // (the icon double-clicked twice while this window was opening) is, and is handled at once.
        if (Files.exists(request) && Files.getLastModifiedTime(request).toInstant()
                .isBefore(Instant.now().minus(STALE_AFTER))) {
            Files.deleteIfExists(request);
        }
        WatchService watch = folder.root().getFileSystem().newWatchService();
        // Created only (the request is moved into place): the database's writes do not wake the watcher.
        folder.root().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
        Thread watcher = new Thread(() -> watch(watch, request, onRequest), "tianbao-instance-signal");
        watcher.setDaemon(true);
        watcher.start();
        return new InstanceSignal(watch, watcher);
    }

    private static void watch(WatchService watch, Path request, Consumer<List<Path>> onRequest) {
        handle(request, onRequest);
        try {
            while (true) {
                WatchKey key = watch.poll(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                boolean asked = key == null;
                if (key != null) {
                    asked = key.pollEvents().stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW
                            || request.getFileName().equals(e.context()));
                    key.reset();
                }
                if (asked) {
                    handle(request, onRequest);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed with the app.
        }
    }

    private static void handle(Path request, Consumer<List<Path>> onRequest) {
        List<Path> files;
        try {
            files = Files.readAllLines(request, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).toList();
            Files.deleteIfExists(request);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the request of a second start", e);
            return;
        }
        try {
            onRequest.accept(files);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request of a second start failed", e);
        }
    }

    /**
     * In a second start: asks the running instance to show its window and open the files. True when it took
     * the request within the time; false when it did not (it hangs, or is an older version that does not
     * listen), and the request is taken back.
     */
    public static boolean ask(DataFolder folder, List<Path> files, Duration wait) {
        Path request = request(folder);
        try {
            Path written = Files.createTempFile(folder.root(), "show-window", ".tmp");
            Files.write(written, files.stream().map(f -> f.toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
            Files.move(written, request, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                if (!Files.exists(request)) {
                    return true;
                }
                Thread.sleep(50);
            }
            Files.deleteIfExists(request);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot ask the running instance", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static Path request(DataFolder folder) {
        return folder.root().resolve(REQUEST);
    }

    @Override
    public void close() throws IOException {
        watch.close();
        watcher.interrupt();
    }
}
