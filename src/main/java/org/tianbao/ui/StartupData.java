package org.tianbao.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/**
 * What the first screen needs from the disk, loaded on a background thread while the JavaFX toolkit
 * starts: the opened workspace, the filled form, the department dictionary, the text size and where the
 * window was.
 */
record StartupData(Workspace workspace, FilledForm form, List<String> departments, int textSize,
                   Optional<WindowPlacement> placement) {

    static StartupData load(DataFolder folder) throws IOException {
        return from(Workspace.open(folder));
    }

    static StartupData from(Workspace workspace) throws IOException {
        try {
            return new StartupData(workspace, workspace.forms().load(), workspace.departments().names(),
                    workspace.settings().getInt(TextSize.SETTING, TextSize.DEFAULT),
                    workspace.settings().get(WindowPlacement.SETTING).flatMap(WindowPlacement::parse));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
