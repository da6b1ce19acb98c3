package org.tianbao.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The installed app's class-data sharing archive: the app's and the runtime's classes as the JVM keeps
 * them in memory, already parsed and verified, mapped at start instead of loaded one by one from the jars
 * (it takes about a third off the start-up time).
 *
 * <p>The launcher names it ({@code -XX:SharedArchiveFile=$APPDIR/tianbao.jsa}). On Java 17 an archive
 * holds the absolute paths of the jars it was made from and is refused anywhere else, so it cannot be
 * made when the installer is built: it is made where the app is installed, from the list of classes that
 * a start loads ({@code tianbao.classlist} beside it, recorded by the build) — by the Linux package's
 * install script, which runs {@code tianbao --rebuild-class-archive}, and on Windows, where the officer
 * chooses the folder, by the app itself in the background after a start that found the archive missing or
 * stale ({@link #refreshInBackground()}; a per-user install may write to its own folder). A stamp file
 * beside the archive records the runtime and the jars (path, size, time) it was made for.
 */
public final class ClassDataArchive {

    /** The launcher argument that makes the archive now (for install scripts and the build). */
    public static final String REBUILD_OPTION = "--rebuild-class-archive";

    private static final Logger LOG = Logger.getLogger(ClassDataArchive.class.getName());
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    private static final long DUMP_TIMEOUT_MINUTES = 5;
    /** Lets the officer's first minutes with the window go first. */
    private static final long BACKGROUND_DELAY_MILLIS = 5_000;

    private final Path archive;
    private final Path javaHome;
    private final String classPath;

    ClassDataArchive(Path archive, Path javaHome, String classPath) {
        this.archive = archive.toAbsolutePath().normalize();
        this.javaHome = javaHome;
        this.classPath = classPath;
    }

    /** The archive the launcher gave this JVM, if any. */
    public static Optional<ClassDataArchive> ofThisJvm() {
        return archiveOption(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .map(archive -> new ClassDataArchive(archive, Path.of(System.getProperty("java.home")),
                        System.getProperty("java.class.path", "")));
    }

    static Optional<Path> archiveOption(List<String> jvmArguments) {
        Path found = null;
        for (String argument : jvmArguments) {
            if (argument.startsWith(ARCHIVE_OPTION)) {
                found = Path.of(argument.substring(ARCHIVE_OPTION.length()));
            }
        }
        return Optional.ofNullable(found);
    }

    public Path archive() {
        return archive;
    }

    /** The classes to archive, recorded at build time beside the archive: {@code tianbao.classlist}. */
    Path classList() {
        String name = archive.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return archive.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".classlist");
    }

    Path stampFile() {
        return archive.resolveSibling(archive.getFileName() + ".stamp");
    }

    /** Whether the archive was made for exactly this runtime and these jars. */
    public boolean isCurrent() {
        try {
            return Files.isRegularFile(archive) && Files.readString(stampFile(), StandardCharsets.UTF_8).equals(stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** What the archive depends on: the runtime, the class list and every jar with its size and time. */
    String stamp() throws IOException {
        StringBuilder stamp = new StringBuilder();
        stamp.append("runtime ").append(javaHome).append(' ').append(System.getProperty("java.vm.version")).append('\n');
        stamp.append(describe(classList()));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                stamp.append(describe(Path.of(entry)));
            }
        }
        return stamp.toString();
    }

    private static String describe(Path file) throws IOException {
        return "file " + file + ' ' + Files.size(file) + ' ' + Files.getLastModifiedTime(file).toMillis() + '\n';
    }

    /** Whether this process may make the archive: a class list to make it from and a folder it may write. */
    boolean canRebuild() {
        return Files.isRegularFile(classList()) && Files.isWritable(archive.getParent());
    }

    /**
     * Makes the archive now with the runtime's own {@code java -Xshare:dump}, into a temporary file that
     * then replaces the archive; writes the stamp last.
     *
     * @throws IOException when the dump fails (the old archive is left as it was)
     */
    public void rebuild() throws IOException {
        if (!Files.isRegularFile(classList())) {
            throw new IOException("no class list " + classList());
        }
        Path partial = archive.resolveSibling(archive.getFileName() + ".tmp");
        Files.deleteIfExists(partial);
        List<String> command = dumpCommand(partial);
        Process dump = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                throw new IOException("class data dump timed out: " + command);
            }
        } catch (InterruptedException e) {
            dump.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("class data dump interrupted", e);
        }
        if (dump.exitValue() != 0 || !Files.isRegularFile(partial)) {
            Files.deleteIfExists(partial);
            throw new IOException("class data dump failed with exit code " + dump.exitValue() + ": " + command);
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path stampPartial = stampFile().resolveSibling(stampFile().getFileName() + ".tmp");
        Files.writeString(stampPartial, stamp(), StandardCharsets.UTF_8);
        Files.move(stampPartial, stampFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    List<String> dumpCommand(Path output) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        // javaw on Windows: a console program started from the window would open a console window.
        Path java = javaHome.resolve("bin").resolve(windows ? "javaw.exe" : "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xshare:dump");
        command.add("-XX:SharedClassListFile=" + classList());
        command.add(ARCHIVE_OPTION + output);
        command.add("-cp");
        command.add(classPath);
        return command;
    }

    /**
     * After a start without a current archive: makes it on a low-priority background thread, a few
     * seconds after the window opened, when this process may write it. The next start uses it. The check
     * itself runs on that thread too, off the window's way.
     */
    public static void refreshInBackground() {
        Thread thread = new Thread(ClassDataArchive::refreshIfStale, "tianbao-class-archive");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void refreshIfStale() {
        Optional<ClassDataArchive> configured = ofThisJvm();
        if (configured.isEmpty() || configured.get().isCurrent()) {
            return;
        }
        ClassDataArchive cds = configured.get();
        if (!cds.canRebuild()) {
            LOG.fine(() -> "class data archive " + cds.archive + " is stale but cannot be rebuilt here");
            return;
        }
        try {
            Thread.sleep(BACKGROUND_DELAY_MILLIS);
            long started = System.nanoTime();
            cds.rebuild();
            LOG.info(() -> "class data archive " + cds.archive + " rebuilt in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "class data archive not rebuilt", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
