package org.tianbao.ui;

import java.io.IOException;
import java.util.List;
import org.tianbao.model.FilledForm;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/**
 * What the first screen needs from the disk, loaded on a background thread while the JavaFX toolkit
 * starts: the opened workspace, the filled form, the department dictionary and the text size.
 */
record StartupData(Workspace workspace, FilledForm form, List<String> departments, int textSize) {

    static StartupData load(DataFolder folder) throws IOException {
        return from(Workspace.open(folder));
    }

    static StartupData from(Workspace workspace) throws IOException {
        try {
            return new StartupData(workspace, workspace.forms().load(), workspace.departments().names(),
                    workspace.settings().getInt(TextSize.SETTING, TextSize.DEFAULT));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
