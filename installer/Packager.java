import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the installers from {@code target/app} (the jar and its dependency jars): a trimmed Java runtime
 * with jlink, the app image with jpackage, the list of classes a start loads (for the class-data sharing
 * archive made at install time), and the installers of this platform (.deb on Linux; .exe and .msi on
 * Windows). Run by {@code mvn -Pinstaller package} as {@code java installer/Packager.java}; it reads its
 * options from the files beside it, which installer/README.md explains.
 */
public final class Packager {

    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-(base|graphics|controls)-[0-9.]+-([a-z0-9-]+)\\.jar");
    private static final String ARCHIVE = "tianbao.jsa";
    private static final String CLASS_LIST = "tianbao.classlist";

    private final Path project;
    private final Path appDir;
    private final Path out;
    private final Path work;
    private final String version;
    private final Platform platform;

    private Packager(Path project, Path appDir, Path out, Path work, String version) {
        this.project = project;
        this.appDir = appDir;
        this.out = out;
        this.work = work;
        this.version = version;
        this.platform = Platform.current();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path project = Path.of(a.getOrDefault("--project", ".")).toAbsolutePath().normalize();
        Packager packager = new Packager(project,
                project.resolve(a.getOrDefault("--app-dir", "target/app")),
                project.resolve(a.getOrDefault("--out", "target/installer")),
                project.resolve(a.getOrDefault("--work", "target/installer-work")),
                required(a, "--version"));
        try {
            packager.run();
        } catch (BuildFailure e) {
            System.err.println("[installer] " + e.getMessage());
            System.exit(1);
        }
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(out);
        Options image = Options.read(project, version, platform, "image");
        Options pkg = Options.read(project, version, platform, "package");
        String name = image.single("--name");

        List<String> modules = runtimeModules();
        checkModulesAgainstJdeps(modules);
        Path jmods = javafxJmods();
        Path runtime = jlink(jmods, modules);
        Path input = appInput(runtime);

        Path appImage = out.resolve(platform.imageDirName(name));
        deleteTree(appImage);
        List<String> imageArgs = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(),
                "--input", input.toString(), "--runtime-image", runtime.toString()));
        imageArgs.addAll(image.all());
        tool("jpackage", imageArgs);
        if (platform == Platform.WINDOWS) {
            addConsoleLauncher(imageArgs, appImage, name);
        }

        Path launcher = platform.launcher(appImage, name);
        Path appFiles = platform.appDir(appImage);
        recordClassList(launcher, appFiles.resolve(CLASS_LIST));

        for (String type : pkg.values("--type")) {
            List<String> packageArgs = new ArrayList<>(List.of("--type", type, "--dest", out.toString(),
                    "--app-image", appImage.toString()));
            packageArgs.addAll(pkg.allExcept("--type"));
            try (Stream<Path> old = Files.list(out)) {
                for (Path file : old.filter(f -> f.getFileName().toString().endsWith("." + type)).toList()) {
                    Files.delete(file);
                }
            }
            tool("jpackage", packageArgs);
        }

        // The installers carry a placeholder archive; the image in target/ gets the real one for its place.
        exec(List.of(launcher.toString(), "--rebuild-class-archive"), Map.of(), Duration.ofMinutes(5));

        report(appImage, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Windows: {@code Tianbao.exe} is a windowed program with no console to print to, so the command line
     * (export, import, consolidate) gets a console twin: the same jpackage launcher made with
     * {@code --win-console}, put beside it as {@code Tianbao.com}. Typed as {@code tianbao}, Windows runs the
     * .com first (PATHEXT lists .COM before .EXE; Visual Studio's devenv.com works the same way), while the
     * shortcuts name the .exe. A jpackage launcher reads the .cfg named after itself with its extension
     * replaced, so both read {@code app\Tianbao.cfg}: one class path, one set of Java options, one start-up
     * archive. It is a file of the image, not one of its launchers, so it gets no shortcut of its own.
     */
    private void addConsoleLauncher(List<String> imageArgs, Path appImage, String name) throws IOException {
        Path scratch = work.resolve("console");
        deleteTree(scratch);
        List<String> args = new ArrayList<>(imageArgs);
        args.set(args.indexOf("--dest") + 1, scratch.toString());
        args.add("--win-console");
        tool("jpackage", args);
        Path console = appImage.resolve(name + ".com");
        Files.copy(platform.launcher(scratch.resolve(name), name), console, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(scratch);
        log("console launcher " + out.relativize(console) + " (the command line on Windows)");
    }

    /** installer/runtime-modules.txt: one module a line, '#' starts a comment. */
    private List<String> runtimeModules() throws IOException {
        List<String> modules = new ArrayList<>();
        for (String line : Files.readAllLines(project.resolve("installer/runtime-modules.txt"))) {
            String module = Options.uncommented(line);
            if (!module.isEmpty()) {
                modules.add(module);
            }
        }
        return modules;
    }

    private List<Path> appJars() throws IOException {
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(f -> f.toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().startsWith("javafx-"))
                    .sorted().toList();
        }
    }

    private List<Path> javafxJars() throws IOException {
        try (Stream<Path> files = Files.list(appDir)) {
            List<Path> jars = files.filter(f -> JAVAFX_JAR.matcher(f.getFileName().toString()).matches()).sorted().toList();
            if (jars.size() != 3) {
                throw new BuildFailure("expected the JavaFX base, graphics and controls jars of this platform in "
                        + appDir + ", found " + jars);
            }
            return jars;
        }
    }

    /**
     * Fails the build when a jar of the app needs a JDK module that the runtime would lack: jdeps lists
     * what the app's jars use; each must be in runtime-modules.txt or required by a module listed there.
     */
    private void checkModulesAgainstJdeps(List<String> modules) throws IOException {
        List<Path> path = new ArrayList<>(appJars());
        path.addAll(javafxJars());
        String modulePath = String.join(java.io.File.pathSeparator, path.stream().map(Path::toString).toList());
        String summary = tool("jdeps", List.of("--multi-release", "17", "--ignore-missing-deps", "-summary",
                "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH,ALL-SYSTEM"));
        Set<String> system = new TreeSet<>();
        ModuleFinder.ofSystem().findAll().forEach(m -> system.add(m.descriptor().name()));
        Set<String> needed = new TreeSet<>();
        for (String line : summary.split("\\R")) {
            String[] parts = line.trim().split("\\s+->\\s+");
            if (parts.length == 2 && !system.contains(parts[0]) && !parts[0].startsWith("javafx.")
                    && system.contains(parts[1])) {
                needed.add(parts[1]);
            }
        }
        Set<String> provided = closure(modules, ModuleFinder.compose(ModuleFinder.ofSystem(),
                ModuleFinder.of(javafxJars().toArray(Path[]::new))));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(provided);
        if (!missing.isEmpty()) {
            throw new BuildFailure("the app's jars use JDK modules that installer/runtime-modules.txt lacks: "
                    + missing + " (jdeps found " + needed + ")");
        }
        log("jdeps: the app's jars use " + needed + "; all in the runtime");
    }

    /** The modules and, transitively, those they require (not the optional 'requires static'). */
    private static Set<String> closure(List<String> roots, ModuleFinder finder) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            Optional<ModuleReference> ref = finder.find(name);
            ref.ifPresent(r -> r.descriptor().requires().stream()
                    .filter(req -> !req.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                    .forEach(req -> todo.push(req.name())));
        }
        return seen;
    }

    /**
     * JavaFX as jmods, made from the platform jars Maven resolved: classes and resources as they are, the
     * native libraries as the module's libraries, so that jlink puts them into the runtime's own library
     * folder. (From the jars as they are, JavaFX would extract its libraries into a cache in the user's
     * home at each start.)
     */
    private Path javafxJmods() throws IOException {
        Path jmods = work.resolve("jmods");
        Files.createDirectories(jmods);
        Set<String> jdkLibraries = jdkNativeLibraries();
        for (Path jar : javafxJars()) {
            Matcher m = JAVAFX_JAR.matcher(jar.getFileName().toString());
            m.matches();
            String module = "javafx." + m.group(1);
            Path classes = work.resolve("javafx/" + module + "/classes");
            Path libs = work.resolve("javafx/" + module + "/libs");
            Files.createDirectories(classes);
            Files.createDirectories(libs);
            boolean hasLibs = false;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    String entryName = entry.getName();
                    if (entry.isDirectory() || entryName.startsWith("META-INF/") || entryName.endsWith(".jar")) {
                        continue;
                    }
                    boolean nativeLib = !entryName.contains("/") && entryName.matches(".*\\.(so|dll|dylib)");
                    if (nativeLib && jdkLibraries.contains(entryName.toLowerCase(Locale.ROOT))) {
                        // The Windows jars carry the C++ runtime (msvcp140.dll, ...) for running from a
                        // jar; the JDK's runtime has its own, and jlink refuses two files of one name.
                        continue;
                    }
                    Path target = (nativeLib ? libs : classes).resolve(entryName);
                    hasLibs |= nativeLib;
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (hasLibs) {
                args.addAll(List.of("--libs", libs.toString()));
            }
            args.add(jmods.resolve(module + ".jmod").toString());
            tool("jmod", args);
        }
        return jmods;
    }

    /** The native libraries of the JDK's java.base (lower case), as its jmod lists them. */
    private static Set<String> jdkNativeLibraries() {
        Path javaBase = Path.of(System.getProperty("java.home"), "jmods", "java.base.jmod");
        Set<String> names = new TreeSet<>();
        for (String entry : tool("jmod", List.of("list", javaBase.toString())).split("\\R")) {
            if (entry.matches("(bin|lib)/[^/]+\\.(so|dll|dylib)")) {
                names.add(entry.substring(4).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private Path jlink(Path jmods, List<String> modules) throws IOException {
        Path runtime = work.resolve("runtime");
        List<String> args = new ArrayList<>(List.of("--module-path",
                Path.of(System.getProperty("java.home"), "jmods") + java.io.File.pathSeparator + jmods,
                "--add-modules", String.join(",", modules), "--output", runtime.toString()));
        args.addAll(Options.lines(project.resolve("installer/jlink.options"), version, project));
        tool("jlink", args);
        return runtime;
    }

    /**
     * The app's files: its jars but JavaFX's (JavaFX is in the runtime), and the start-up archive's
     * placeholders: the runtime's own class-data archive (jlink made it; valid wherever the app is
     * installed, it gives the first start the JDK's classes) and an empty stamp. The install makes the
     * real archive in their place, and uninstalling removes them as files of the package.
     */
    private Path appInput(Path runtime) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        for (Path jar : appJars()) {
            Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<Path> archives;
        try (Stream<Path> files = Files.walk(runtime)) {
            archives = files.filter(f -> f.getFileName().toString().matches("classes(_nocoops)?\\.jsa")).toList();
        }
        Path base = archives.stream().filter(f -> f.getFileName().toString().equals("classes.jsa")).findFirst()
                .orElseThrow(() -> new BuildFailure("jlink made no class-data archive; is --generate-cds-archive in installer/jlink.options?"));
        Files.move(base, input.resolve(ARCHIVE));
        for (Path other : archives) {
            // The archive for heaps over 32 GB, without compressed pointers: not for this app.
            Files.deleteIfExists(other);
        }
        Files.createFile(input.resolve(ARCHIVE + ".stamp"));
        return input;
    }

    /**
     * Starts the app image twice with --smoke on a fresh scratch data folder: the first start creates the
     * database, the second (an everyday start) records the classes it loads.
     */
    private void recordClassList(Path launcher, Path classList) throws Exception {
        Path data = work.resolve("smoke-data");
        deleteTree(data);
        Map<String, String> env = new LinkedHashMap<>();
        try (Display display = Display.forGui(platform, work)) {
            if (display.variable() != null) {
                env.put("DISPLAY", display.variable());
            }
            String first = exec(List.of(launcher.toString(), "--smoke", "--data", data.toString()), env, Duration.ofMinutes(3));
            env.put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList);
            String second = exec(List.of(launcher.toString(), "--smoke", "--data", data.toString()), env, Duration.ofMinutes(3));
            log("smoke starts of the app image: " + readyLine(first) + ", " + readyLine(second));
        }
        if (!Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new BuildFailure("the smoke start recorded no class list at " + classList);
        }
        // The image runs JavaFX as modules, where the window sets logging up off the main thread: check that
        // its log file still receives the start's record.
        Path logFile = data.resolve("logs").resolve("tianbao-0.log");
        if (!Files.isRegularFile(logFile) || !Files.readString(logFile, StandardCharsets.UTF_8).contains("window shown after")) {
            throw new BuildFailure("the smoke start wrote no 'window shown' record to " + logFile);
        }
        log("class list: " + Files.readAllLines(classList).size() + " entries");
    }

    private static String readyLine(String output) {
        return output.lines().filter(l -> l.startsWith("ready ")).findFirst().orElse("(no output: GUI launcher)");
    }

    private void report(Path appImage, Duration took) throws IOException {
        log(String.format(Locale.ROOT, "app image %s: %.1f MB", out.relativize(appImage), treeSize(appImage) / 1e6));
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                log(String.format(Locale.ROOT, "installer %s: %.1f MB", file.getFileName(), Files.size(file) / 1e6));
            }
        }
        log("done in " + took.toSeconds() + " s");
    }

    // ---- tools and processes

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new BuildFailure(name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        log(name + " " + String.join(" ", args));
        int code = tool.run(new PrintWriter(text, true), new PrintWriter(errors, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new BuildFailure(name + " failed (" + code + "):\n" + text + errors);
        }
        return text.toString();
    }

    private static String exec(List<String> command, Map<String, String> env, Duration timeout) throws Exception {
        log(String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new BuildFailure("timed out: " + command);
        }
        reader.join();
        if (process.exitValue() != 0) {
            throw new BuildFailure("failed (" + process.exitValue() + "): " + command + "\n" + output);
        }
        return output.toString();
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }

    private static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                file.toFile().setWritable(true);
                Files.delete(file);
            }
        }
    }

    /** A failure explained in one message, without a stack trace. */
    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }

    // ---- platform layout

    enum Platform {
        LINUX, WINDOWS;

        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return WINDOWS;
            }
            if (os.startsWith("linux")) {
                return LINUX;
            }
            throw new BuildFailure("installers are configured for Linux and Windows, not " + os);
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        String imageDirName(String name) {
            return name;
        }

        Path launcher(Path image, String name) {
            return this == WINDOWS ? image.resolve(name + ".exe") : image.resolve("bin").resolve(name);
        }

        Path appDir(Path image) {
            return this == WINDOWS ? image.resolve("app") : image.resolve("lib").resolve("app");
        }
    }

    /** A display for the smoke starts: Windows has its desktop; Linux uses $DISPLAY or starts Xvfb. */
    record Display(String variable, Process xvfb) implements AutoCloseable {

        static Display forGui(Platform platform, Path work) throws Exception {
            String current = System.getenv("DISPLAY");
            if (platform != Platform.LINUX || (current != null && !current.isBlank())) {
                return new Display(null, null);
            }
            for (int n = 90; n < 140; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process xvfb;
                try {
                    xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                } catch (IOException e) {
                    throw new BuildFailure("the smoke start needs a display: set DISPLAY or install Xvfb (" + e.getMessage() + ")");
                }
                Path socket = Path.of("/tmp/.X11-unix/X" + n);
                for (int i = 0; i < 100 && xvfb.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(100);
                }
                if (xvfb.isAlive() && Files.exists(socket)) {
                    log("started Xvfb :" + n + " for the smoke starts");
                    return new Display(":" + n, xvfb);
                }
                xvfb.destroy();
            }
            throw new BuildFailure("could not start Xvfb for the smoke start");
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // ---- options files

    /**
     * jpackage options from installer/jpackage.options and installer/jpackage-&lt;platform&gt;.options:
     * sections [all], [image] (the app image) and [package] (installers made from the image); one option a
     * line with its value as the rest of the line, unquoted; '#' starts a comment; ${version} and
     * ${project} are replaced.
     */
    static final class Options {
        private final List<String[]> entries;

        private Options(List<String[]> entries) {
            this.entries = entries;
        }

        static Options read(Path project, String version, Platform platform, String phase) throws IOException {
            List<String[]> entries = new ArrayList<>();
            for (String file : List.of("installer/jpackage.options", "installer/jpackage-" + platform.key() + ".options")) {
                String section = "all";
                for (String raw : Files.readAllLines(project.resolve(file), StandardCharsets.UTF_8)) {
                    String line = uncommented(raw);
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (line.startsWith("[") && line.endsWith("]")) {
                        section = line.substring(1, line.length() - 1).trim();
                        if (!Set.of("all", "image", "package").contains(section)) {
                            throw new BuildFailure(file + ": unknown section [" + section + "]");
                        }
                        continue;
                    }
                    if (section.equals("all") || section.equals(phase)) {
                        entries.add(split(substitute(line, version, project)));
                    }
                }
            }
            return new Options(entries);
        }

        static List<String> lines(Path file, String version, Path project) throws IOException {
            List<String> args = new ArrayList<>();
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = uncommented(raw);
                if (!line.isEmpty()) {
                    args.addAll(List.of(split(substitute(line, version, project))));
                }
            }
            return args;
        }

        static String uncommented(String line) {
            int hash = line.indexOf(" #");
            String text = line.trim().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
            return text.trim();
        }

        private static String substitute(String line, String version, Path project) {
            return line.replace("${version}", version).replace("${project}", project.toString());
        }

        private static String[] split(String line) {
            int space = line.indexOf(' ');
            return space < 0 ? new String[] {line} : new String[] {line.substring(0, space), line.substring(space + 1).trim()};
        }

        List<String> all() {
            return allExcept();
        }

        List<String> allExcept(String... excluded) {
            List<String> args = new ArrayList<>();
            for (String[] entry : entries) {
                if (!List.of(excluded).contains(entry[0])) {
                    args.addAll(List.of(entry));
                }
            }
            return args;
        }

        List<String> values(String option) {
            return entries.stream().filter(e -> e[0].equals(option) && e.length == 2).map(e -> e[1]).toList();
        }

        String single(String option) {
            List<String> values = values(option);
            if (values.size() != 1) {
                throw new BuildFailure("expected one " + option + " in the jpackage options, found " + values);
            }
            return values.get(0);
        }
    }
}
