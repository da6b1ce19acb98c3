package org.tianbao.transfer;

import java.nio.file.Path;
import org.tianbao.store.DataFolder;
import org.tianbao.store.Workspace;

/**
 * A child process for the import kill test: imports the given files in turn, over and over, printing
 * {@code imported N} once each import has returned.
 */
public final class ImportingChild {

    private ImportingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(new DataFolder(Path.of(args[0])))) {
            ImportService service = new ImportService(ws);
            for (int n = 0; ; n++) {
                int which = n % (args.length - 1);
                System.out.println("importing " + which);
                service.apply(service.plan(Path.of(args[1 + which])));
                System.out.println("imported " + which);
                System.out.flush();
            }
        }
    }
}
