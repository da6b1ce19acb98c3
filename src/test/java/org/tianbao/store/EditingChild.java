package org.tianbao.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tianbao.model.UnitInfo;
import org.tianbao.model.WorkItem;

/**
 * A child process for kill tests: edits through the same store calls the window uses — entries, the
 * unit, rows of its own (add, rename, move, delete), the dictionary — and prints one line per change
 * once the call has returned (what the window shows as 已保存):
 * {@code entry ID N}, {@code unit N}, {@code add ID}, {@code rename ID N}, {@code delete ID}, {@code move ID}.
 * With a seed argument the mix of changes is random; without, it saves entries only.
 */
public final class EditingChild {

    private EditingChild() {
    }

    public static void main(String[] args) throws Exception {
        Random random = args.length > 1 ? new Random(Long.parseLong(args[1])) : null;
        try (Workspace ws = Workspace.open(new DataFolder(Path.of(args[0])))) {
            List<WorkItem> official = ws.forms().definition().officialItems();
            List<WorkItem> own = new ArrayList<>(ws.forms().load().localEntries().stream().map(e -> e.item()).toList());
            // Numbers grow across runs (the parent passes where to start) so that a later run never looks older.
            int start = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            for (int n = start; ; n++) {
                int pick = random == null ? 0 : random.nextInt(10);
                if (pick <= 5 || own.isEmpty() && pick >= 7) {
                    WorkItem item = random != null && pick == 5 && !own.isEmpty()
                            ? own.get(random.nextInt(own.size())) : official.get(n % official.size());
                    ws.forms().saveEntry(item.id(), "第 " + n + " 次保存\n" + "内容".repeat(n % 50),
                            List.of("县科技局", "部门" + n));
                    ack("entry " + item.id() + " " + n);
                } else if (pick == 6) {
                    ws.forms().saveUnit(new UnitInfo("单位" + n, "填报人" + n, "电话" + n));
                    ack("unit " + n);
                } else if (pick == 7) {
                    WorkItem item = ws.forms().addLocalItem(1 + random.nextInt(6), "本单位工作 " + n);
                    own.add(item);
                    ack("add " + item.id());
                } else if (pick == 8) {
                    WorkItem item = own.get(random.nextInt(own.size()));
                    ws.forms().renameLocalItem(item.id(), "改名 " + n);
                    ack("rename " + item.id() + " " + n);
                } else {
                    WorkItem item = own.remove(random.nextInt(own.size()));
                    if (random.nextBoolean()) {
                        // Announced first: a kill between the commit and the acknowledgement leaves it done.
                        ack("try delete " + item.id());
                        ws.forms().deleteLocalItem(item.id());
                        ack("delete " + item.id());
                    } else {
                        own.add(item);
                        ws.forms().moveLocalItem(item.id(), random.nextBoolean() ? 1 : -1);
                        ws.departments().addAll(List.of("新部门" + n));
                        ack("move " + item.id());
                    }
                }
            }
        }
    }

    private static void ack(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
