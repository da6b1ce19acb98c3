package org.tianbao.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for a file to open or save. The window uses the native chooser; tests replace it, since native
 * choosers cannot run headless.
 */
public interface FileDialogs {

    /** A filter: a description and its patterns, e.g. ("Excel 工作簿", "*.xlsx"). */
    record Filter(String description, String... patterns) {
    }

    /**
     * What units send back: the export (.xlsx), the same re-saved in an older format (.xls), or the
     * attachment's Word table filled in by hand (.docx, .doc).
     */
    Filter RETURNS = new Filter("报来的表格 (*.xlsx, *.xls, *.docx, *.doc, *.et, *.wps)", "*.xlsx", "*.xls", "*.docx",
            "*.doc", "*.et", "*.wps");

    Optional<Path> open(Window owner, String title, Filter filter);

    /** Asks for one or more files (an empty list: the officer cancelled). */
    default List<Path> openMany(Window owner, String title, Filter filter) {
        return open(owner, title, filter).map(List::of).orElse(List.of());
    }

    Optional<Path> save(Window owner, String title, String suggestedName, Filter filter);

    /** Asks for a folder. */
    Optional<Path> folder(Window owner, String title);

    /** Asks whichever dialogs the supplier gives at the time of asking (they can be replaced later). */
    static FileDialogs delegatingTo(Supplier<FileDialogs> current) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Filter filter) {
                return current.get().open(owner, title, filter);
            }

            @Override
            public List<Path> openMany(Window owner, String title, Filter filter) {
                return current.get().openMany(owner, title, filter);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, Filter filter) {
                return current.get().save(owner, title, suggestedName, filter);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return current.get().folder(owner, title);
            }
        };
    }

    /** The platform's file chooser. */
    static FileDialogs nativeDialogs() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Filter filter) {
                return Optional.ofNullable(chooser(title, filter).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> openMany(Window owner, String title, Filter filter) {
                List<File> chosen = chooser(title, filter).showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, Filter filter) {
                FileChooser chooser = chooser(title, filter);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, Filter filter) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(),
                        filter.patterns()));
                return chooser;
            }
        };
    }
}
