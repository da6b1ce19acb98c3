package org.tianbao.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tianbao.app.AppInfo;
import org.tianbao.app.Logs;
import org.tianbao.model.UserException;
import org.tianbao.store.DamagedDatabaseException;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line: {@code tianbao export|import|consolidate|refs ...}, {@code --version}, {@code --help}.
 * Errors are one Chinese sentence on stderr with a non-zero exit code; details go to the log file.
 */
@Command(name = "tianbao", versionProvider = Cli.Version.class, scope = ScopeType.INHERIT,
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n",
        commandListHeading = "%n命令：%n",
        description = "填报通：填写、导出和汇总《2019年地方知识产权战略实施工作要点表》。不带参数运行时打开窗口。",
        subcommands = {ExportCommand.class, ImportCommand.class, ConsolidateCommand.class, RefsCommand.class})
public final class Cli implements Runnable {

    /** Exit code of a command that failed for a reason told to the user. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a malformed command line. */
    public static final int EXIT_USAGE = 2;

    /** Every command's -h: each usage error points to it. */
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "显示用法说明并退出。")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号并退出。")
    boolean version;

    private static final Set<String> COMMANDS = Set.of("export", "import", "consolidate", "refs",
            "--version", "-V", "--help", "-h", "help");

    /** Whether these arguments are a command (as opposed to a window start). */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String... args) {
        Logs.toDataFolder(dataFolderOf(args));
        CommandLine cmd = new CommandLine(new Cli());
        // The platform encoding, as the console expects (GBK on a Chinese Windows).
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.registerConverter(Path.class, Cli::path);
        cmd.setParameterExceptionHandler(Cli::onBadArguments);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> onFailure(e, commandLine));
        return cmd.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(new CommandLine(this), "missing command");
    }

    /**
     * The data folder a command line names with --data, whose log file receives the details; the default one
     * when the value is empty or no path (the command then refuses it).
     */
    static DataFolder dataFolderOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String named = args[i].equals("--data") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--data=") ? args[i].substring("--data=".length()) : null;
            if (named != null && !named.isBlank()) {
                try {
                    return new DataFolder(Path.of(named));
                } catch (InvalidPathException e) {
                    break;
                }
            }
        }
        return DataFolder.defaultFolder();
    }

    /**
     * A path given on the command line. An empty one (a script's unset variable) is refused rather than taken
     * as the current folder; what the system cannot take as a path is said, not thrown as a trace.
     */
    private static Path path(String text) {
        if (text.isBlank()) {
            throw new TypeConversionException("路径是空的");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("“" + text + "”不是有效的路径");
        }
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("命令行有误：" + ChineseMessages.of(e) + "。运行 "
                + cmd.getCommandSpec().qualifiedName() + " --help 查看用法。");
        return EXIT_USAGE;
    }

    private static int onFailure(Exception e, CommandLine cmd) {
        if (e instanceof Workspace.AlreadyOpenException open) {
            cmd.getErr().println("数据文件夹“" + open.folder() + "”正由另一个填报通使用，请先关闭它再运行命令。");
            return EXIT_FAILURE;
        }
        if (e instanceof DamagedDatabaseException damaged) {
            log().log(Level.SEVERE, "damaged database", damaged);
            cmd.getErr().println(damaged.userMessage());
            return EXIT_FAILURE;
        }
        if (e instanceof UserException user) {
            log().log(Level.INFO, "command refused: " + user.getMessage(), user);
            cmd.getErr().println(user.getMessage());
            return EXIT_FAILURE;
        }
        log().log(Level.SEVERE, "command failed", e);
        cmd.getErr().println("操作失败：发生了意外错误（" + e.getClass().getSimpleName() + "），详情已写入日志文件。");
        return EXIT_FAILURE;
    }

    /**
     * Looked up when needed, not in a static field: Main asks {@link #handles} before every window start,
     * and the window sets logging up off the main thread (see TianbaoApp).
     */
    private static Logger log() {
        return Logger.getLogger(Cli.class.getName());
    }

    /** Prints the version for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " Tianbao " + AppInfo.version()};
        }
    }
}
