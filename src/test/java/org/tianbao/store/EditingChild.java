package org.tianbao.store;

import java.nio.file.Path;
import java.util.List;
import org.tianbao.model.WorkItem;

/**
 * A child process for kill tests: saves one row after another through the same store calls the window
 * uses, and prints "saved N" once each save has returned (what the window would show as 已保存).
 */
public final class EditingChild {

    private EditingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(new DataFolder(Path.of(args[0])))) {
            List<WorkItem> items = ws.forms().definition().officialItems();
            for (int n = 1; ; n++) {
                WorkItem item = items.get(n % items.size());
                ws.forms().saveEntry(item.id(), "第 " + n + " 次保存", List.of("县科技局", "部门" + n));
                System.out.println("saved " + n + " " + item.id());
                System.out.flush();
            }
        }
    }
}
