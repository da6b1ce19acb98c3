package org.tianbao.ui.consolidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tianbao.consolidate.Consolidation;
import org.tianbao.consolidate.Consolidator;
import org.tianbao.consolidate.ExpectedUnits;
import org.tianbao.consolidate.Reminder;
import org.tianbao.consolidate.ReturnFiles;
import org.tianbao.excel.ConsolidatedReturns;
import org.tianbao.excel.Typography;
import org.tianbao.io.ArchiveUnpacker;
import org.tianbao.form.BuiltInForms;
import org.tianbao.model.UserException;
import org.tianbao.store.KeptReturns;
import org.tianbao.ui.DesktopActions;
import org.tianbao.ui.Dialogs;
import org.tianbao.ui.FileDialogs;
import org.tianbao.ui.FileDrop;
import org.tianbao.ui.Icons;
import org.tianbao.ui.Styles;
import org.tianbao.ui.TextSize;

/**
 * 汇总 window: the files and folders to consolidate (added by dialog or dragged in), a run with progress
 * and 取消, then the outcome — units and their completeness, work items few units filled, problem files.
 */
public final class ConsolidationWindow {

    private static final Logger LOG = Logger.getLogger(ConsolidationWindow.class.getName());
    static final FileDialogs.Filter XLSX = new FileDialogs.Filter("Excel 工作簿 (*.xlsx)", "*.xlsx");

    private final Stage stage;
    private final FileDialogs files;
    private final ListView<Path> sources = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("把各单位报来的 .xlsx / .xls / .docx / .doc 文件或整个文件夹拖到这里，或用“添加文件”“添加文件夹”。");
    private final Button start = new Button("开始汇总…");
    private final Button cancel = new Button("取消");
    private final ConsolidationResultView result = new ConsolidationResultView();
    private final Button openResult = new Button("打开文件");
    private final Button revealResult = new Button("打开所在文件夹");
    private final Button keepResult = new Button("用作填报参考");
    private final Button remind = new Button("催报通知…");
    private final ReturnsKeeper keeper;
    private Path written;
    /** Where the last 汇总 was to be written: after unpacking archives, it runs again there. */
    private Path lastTarget;
    private Consolidation shown;
    private Consolidator running;
    /** The units that owe a return, one a line; empty: not checked. */
    private String expectedUnits;

    /**
     * Keeps the returns of a 汇总 so that the main window's 参考依据 lists them while this unit writes its own
     * form. Called off the FX thread; a failure is thrown.
     */
    @FunctionalInterface
    public interface ReturnsKeeper {
        void keep(List<KeptReturns.KeptReturn> returns);
    }

    private ConsolidationWindow(Stage stage, FileDialogs files, String expectedUnits, Consumer<String> rememberExpected,
                                ReturnsKeeper keeper) {
        this.stage = stage;
        this.files = files;
        this.keeper = keeper;
        this.expectedUnits = expectedUnits;
        Button expected = new Button();
        expected.setId("consolidate-expected");
        expected.setText(expectedText());
        expected.setOnAction(e -> ExpectedUnitsDialog.edit(stage, this.expectedUnits).ifPresent(text -> {
            this.expectedUnits = text;
            expected.setText(expectedText());
            rememberExpected.accept(text);
        }));
        Button addFiles = new Button("添加文件…", Icons.add());
        addFiles.setId("consolidate-add-file");
        addFiles.setOnAction(e -> files.open(stage, "选择报来的文件", FileDialogs.RETURNS).ifPresent(this::addSource));
        Button addFolder = new Button("添加文件夹…", Icons.add());
        addFolder.setId("consolidate-add-folder");
        addFolder.setOnAction(e -> files.folder(stage, "选择存放报来文件的文件夹").ifPresent(this::addSource));
        Button clear = new Button("清空");
        clear.setOnAction(e -> sources.getItems().clear());
        start.setId("consolidate-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(sources.getItems()));
        start.setOnAction(e -> run());
        cancel.setId("consolidate-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, addFiles, addFolder, clear, spacer, expected, start);
        actions.setAlignment(Pos.CENTER_LEFT);

        sources.setId("consolidate-sources");
        sources.setPrefHeight(110);
        sources.setPlaceholder(new Label("尚未添加文件或文件夹"));
        progress.setId("consolidate-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.setId("consolidate-status");
        status.setWrapText(true);
        // The whole sentence stays readable in a narrow window.
        status.setMinHeight(Region.USE_PREF_SIZE);
        DesktopActions desktop = DesktopActions.forThisComputer();
        openResult.setId("consolidate-open");
        openResult.setOnAction(e -> desktop.openFile(stage, written));
        revealResult.setOnAction(e -> desktop.showInFolder(stage, written));
        result.setFileActions(file -> desktop.openFile(stage, file), file -> desktop.showInFolder(stage, file));
        result.setUnpackAction(this::unpack);
        openResult.setDisable(true);
        revealResult.setDisable(true);
        keepResult.setId("consolidate-keep");
        keepResult.setTooltip(new Tooltip("填写本单位的表格时，在主窗口的“参考依据”中逐项查看这些单位的填报"));
        keepResult.setDisable(true);
        keepResult.setVisible(keeper != null);
        keepResult.setManaged(keeper != null);
        keepResult.setOnAction(e -> keepForReference());
        remind.setId("consolidate-remind");
        remind.setTooltip(new Tooltip("写一段催报的话：哪些单位还没报送，哪些单位还有哪几项没填，可复制发给各单位"));
        remind.setDisable(true);
        remind.setOnAction(e -> ReminderDialog.show(stage, repeats -> Reminder.text(shown, LocalDate.now(), repeats),
                Reminder.repeatingUnits(shown)));
        HBox running = new HBox(8, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        // What to do with the outcome, on a line of its own: at large text sizes the progress bar keeps its room.
        Region outcomeGap = new Region();
        HBox.setHgrow(outcomeGap, Priority.ALWAYS);
        HBox outcome = new HBox(8, outcomeGap, openResult, revealResult, keepResult, remind);
        outcome.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(8, actions, sources, running, outcome);
        top.setPadding(new Insets(12));
        // At a large text size the divider leaves the buttons their room; the list of sources shrinks.
        top.setMinHeight(Region.USE_PREF_SIZE);
        sources.setMinHeight(40);
        SplitPane split = new SplitPane(top, result.view());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        // The status under everything, the window's whole width: a wrapped sentence gets the height it
        // needs there, which a split pane's part does not.
        status.setPadding(new Insets(6, 12, 8, 12));
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane(split);
        root.setBottom(status);
        root.getStyleClass().add("tb-root");
        FileDrop.accept(root, paths -> paths.forEach(this::addSource));

        // 1100 × 760, or less on a small laptop screen (1366 × 768 less the taskbar).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1100, screen.getWidth()), Math.min(760, screen.getHeight()));
        scene.getStylesheets().add(Styles.APP_CSS);
        stage.setScene(scene);
        stage.setTitle("填报通 — 汇总多个单位的表格");
        stage.setOnCloseRequest(e -> {
            if (this.running != null) {
                this.running.cancel();
            }
        });
    }

    /** Opens the window (beside the main window, if any). */
    public static ConsolidationWindow show(Window owner, FileDialogs files) {
        return show(owner, files, "", text -> { });
    }

    /**
     * Opens the window with the list of units that owe a return as last kept ({@code expectedUnits}, one a
     * line), and tells {@code rememberExpected} when the consolidator changes it.
     */
    public static ConsolidationWindow show(Window owner, FileDialogs files, String expectedUnits,
                                           Consumer<String> rememberExpected) {
        return show(owner, files, expectedUnits, rememberExpected, null);
    }

    /** The same, offering 用作填报参考 through {@code keeper} (none offered when it is null). */
    public static ConsolidationWindow show(Window owner, FileDialogs files, String expectedUnits,
                                           Consumer<String> rememberExpected, ReturnsKeeper keeper) {
        Stage stage = new Stage();
        ConsolidationWindow window = new ConsolidationWindow(stage, files, expectedUnits, rememberExpected, keeper);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                // The main window's text size, and table columns wide enough for their titles in it.
                TextSize.follow(owner, stage.getScene().getRoot());
                window.result.widenColumns(TextSize.shownIn(owner) / (double) TextSize.DEFAULT);
            }
        }
        stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Adds files or folders (the drop target and the dialogs come here). */
    public void addSource(Path path) {
        if (!sources.getItems().contains(path)) {
            sources.getItems().add(path);
        }
    }

    /**
     * 解压到同名文件夹 / 解压全部压缩包: unpacks zip archives units sent, each beside it, off the FX thread; one
     * that fails does not stop the others. The next 汇总 reads the folders (an archive among the sources gives
     * way to its folder) and passes the archives over.
     */
    private void unpack(List<Path> archives) {
        Task<ArchiveUnpacker.Outcome> task = new Task<>() {
            @Override
            protected ArchiveUnpacker.Outcome call() {
                return ArchiveUnpacker.unpackAll(archives);
            }
        };
        status.setText(archives.size() == 1 ? "正在解压“" + archives.get(0).getFileName() + "”…"
                : "正在解压 " + archives.size() + " 个压缩包…");
        task.setOnSucceeded(e -> {
            List<ArchiveUnpacker.Unpacked> unpacked = task.getValue().unpacked();
            List<String> failures = task.getValue().failures();
            long files = 0;
            for (ArchiveUnpacker.Unpacked u : unpacked) {
                int index = sources.getItems().indexOf(u.archive());
                if (index >= 0 && !sources.getItems().contains(u.folder())) {
                    sources.getItems().set(index, u.folder());
                }
                files += countFiles(u.folder());
            }
            // What was unpacked is what the consolidator waits for: the 汇总 runs again, to the same file.
            boolean again = !unpacked.isEmpty() && lastTarget != null && running == null;
            String done = unpacked.isEmpty() ? ""
                    : (unpacked.size() == 1 ? "已把“" + unpacked.get(0).archive().getFileName() + "”解压到文件夹“"
                    + unpacked.get(0).folder().getFileName() + "”" : "已解压 " + unpacked.size() + " 个压缩包，各在其旁边的同名文件夹中")
                    + "（" + files + " 个文件）。" + (again ? "正在重新汇总…" : "请再次“开始汇总”：解压出的文件会一并汇总。");
            status.setText(done + String.join("", failures));
            if (!failures.isEmpty()) {
                Dialogs.error(stage, "无法解压", String.join("\n", failures));
            }
            if (again) {
                rerun();
            }
        });
        Thread worker = new Thread(task, "tianbao-unpack");
        worker.setDaemon(true);
        worker.start();
    }

    private static long countFiles(Path folder) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** A file moved or deleted since it was read, or a system without an opener: said, not thrown. */
    private void run() {
        List<Path> chosen;
        try {
            chosen = ReturnFiles.collect(List.copyOf(sources.getItems()));
        } catch (UserException e) {
            Dialogs.error(stage, "无法汇总", e.getMessage());
            return;
        }
        if (chosen.isEmpty()) {
            Dialogs.error(stage, "无法汇总", "添加的文件夹中没有表格文件（.xlsx、.xls、.docx、.doc，或 WPS 的 .et、.wps）。");
            return;
        }
        String name = "汇总-" + BuiltInForms.current().title() + "-" + LocalDate.now() + ".xlsx";
        files.save(stage, "汇总结果保存为", name, XLSX).ifPresent(target -> runTo(target, chosen));
    }

    /** The last 汇总 again, to the same file, with the sources as they are now. */
    private void rerun() {
        try {
            List<Path> chosen = ReturnFiles.collect(List.copyOf(sources.getItems()));
            if (!chosen.isEmpty()) {
                runTo(lastTarget, chosen);
            }
        } catch (UserException e) {
            Dialogs.error(stage, "无法汇总", e.getMessage());
        }
    }

    /** Consolidates {@code chosen} into {@code target}, off the FX thread, and shows the outcome. */
    private void runTo(Path target, List<Path> chosen) {
        lastTarget = target;
        List<Path> inputs = chosen.stream().filter(p -> !p.equals(target.toAbsolutePath().normalize())).toList();
        Consolidator consolidator = new Consolidator(BuiltInForms.current());
        running = consolidator;
        Task<Consolidation> task = new Task<>() {
            @Override
            protected Consolidation call() {
                Consolidation read = consolidator.read(inputs, ExpectedUnits.parse(expectedUnits),
                        (done, total) -> {
                            updateProgress(done, total);
                            updateMessage("正在读取 " + done + " / " + total + " 个文件…");
                        });
                // Nothing readable (say, every unit sent a zip): nothing is written, and 问题文件 says why.
                if (!read.returns().units().isEmpty()) {
                    consolidator.write(read, target, Typography.forThisComputer());
                }
                return read;
            }
        };
        status.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        setRunning(true);
        task.setOnSucceeded(e -> finished(() -> {
            Consolidation done = task.getValue();
            result.show(done);
            if (done.returns().units().isEmpty()) {
                nothingWritten(done, consolidator.nothingToConsolidate(inputs.size(), done, target));
                return;
            }
            // After a 汇总 that read nothing (every unit sent a zip) put 问题文件 in front, the units read now
            // are what the consolidator is waiting to see.
            if (written == null && shown != null) {
                result.showUnits();
            }
            written = target;
            shown = done;
            openResult.setDisable(false);
            revealResult.setDisable(false);
            keepResult.setText("用作填报参考");
            keepResult.setDisable(done.returns().units().isEmpty());
            remind.setDisable(false);
            status.setText(summary(done.returns(), target));
        }));
        task.setOnFailed(e -> finished(() -> failed(task.getException())));
        Thread worker = new Thread(task, "tianbao-consolidation");
        worker.setDaemon(true);
        worker.start();
    }

    /** No file read as a return: the outcome's buttons stay off, and 问题文件 is shown with why. */
    private void nothingWritten(Consolidation done, String why) {
        written = null;
        shown = done;
        openResult.setDisable(true);
        revealResult.setDisable(true);
        keepResult.setDisable(true);
        remind.setDisable(true);
        // Every unit sent a zip: the way on is said where the eye is.
        String next = result.unpackableFiles().isEmpty() ? "见“问题文件”。"
                : "在“问题文件”中右键压缩包，解压后会重新汇总。";
        status.setText(why + next);
        result.showProblems();
        Dialogs.error(stage, "汇总失败", why + (result.unpackableFiles().isEmpty() ? "" : "\n" + next));
    }

    /** 用作填报参考: the returns just consolidated are kept for the main window's 参考依据. */
    private void keepForReference() {
        List<KeptReturns.KeptReturn> returns = shown.returns().units().stream()
                .map(r -> new KeptReturns.KeptReturn(r.file().getFileName().toString(), r.form())).toList();
        keepResult.setDisable(true);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                keeper.keep(returns);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            keepResult.setText("已用作填报参考");
            status.setText("已把 " + returns.size() + " 个单位的填报留作参考：填写本单位的表格时，主窗口右侧“参考依据”的"
                    + "“下级单位”列出所选工作内容各单位的填报，可插入举措、添加部门。");
        });
        task.setOnFailed(e -> {
            LOG.log(Level.SEVERE, "cannot keep the returns for reference", task.getException());
            keepResult.setDisable(false);
            Dialogs.error(stage, "无法用作填报参考", "保存各单位的填报时出错，详情已写入日志文件；本单位的表格没有改变。");
        });
        Thread worker = new Thread(task, "tianbao-keep-returns");
        worker.setDaemon(true);
        worker.start();
    }

    private static String summary(ConsolidatedReturns returns, Path target) {
        long toCheck = returns.units().stream().filter(r -> !r.notes().isEmpty()).count();
        return "已汇总 " + returns.units().size() + " 个单位到“" + target + "”；"
                + (returns.missing().isEmpty() ? "" : "未报送 " + returns.missing().size() + " 个单位，")
                + returns.supersededSummary() + "，无法读取 " + returns.unreadable().size() + " 个文件"
                + (returns.skipped().isEmpty() ? "" : "，跳过 " + returns.skipped().size() + " 个无需汇总的文件")
                + (toCheck > 0 ? "，需核对 " + toCheck + " 个文件" : "")
                + (toCheck > 0 || !returns.missing().isEmpty() || !returns.unreadable().isEmpty() ? "（见“问题文件”）" : "") + "。";
    }

    private String expectedText() {
        int count = ExpectedUnits.parse(expectedUnits).size();
        return count == 0 ? "应报单位…" : "应报单位（" + count + "）…";
    }

    private void finished(Runnable then) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        setRunning(false);
        running = null;
        then.run();
    }

    private void failed(Throwable e) {
        if (e instanceof CancellationException) {
            progress.setProgress(0);
            status.setText("已取消，没有写入文件。");
        } else if (e instanceof UserException user) {
            status.setText(user.getMessage());
            Dialogs.error(stage, "汇总失败", user.getMessage());
        } else {
            LOG.log(Level.SEVERE, "consolidation failed", e);
            status.setText("汇总时发生意外错误，详情已写入日志文件。");
            Dialogs.error(stage, "汇总失败", "汇总时发生意外错误（" + e.getClass().getSimpleName() + "），没有写入文件。");
        }
    }

    private void setRunning(boolean on) {
        cancel.setDisable(!on);
        start.disableProperty().unbind();
        if (on) {
            start.setDisable(true);
        } else {
            start.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(sources.getItems()));
        }
    }

    ConsolidationResultView result() {
        return result;
    }
}
